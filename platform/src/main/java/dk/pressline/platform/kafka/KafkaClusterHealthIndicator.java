package dk.pressline.platform.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** UP when the Kafka cluster answers a describe-cluster request within the timeout. */
public class KafkaClusterHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private volatile Admin admin;

    public KafkaClusterHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
        super("Kafka health check failed");
        this.adminConfig = adminConfig;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var options = new DescribeClusterOptions().timeoutMs((int) timeout.toMillis());
        var cluster = admin().describeCluster(options);
        long waitMillis = timeout.toMillis();
        builder.up()
                .withDetail("clusterId", cluster.clusterId().get(waitMillis, TimeUnit.MILLISECONDS))
                .withDetail("brokers", cluster.nodes().get(waitMillis, TimeUnit.MILLISECONDS).size());
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(adminConfig);
                }
            }
        }
        return admin;
    }

    @Override
    public void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
