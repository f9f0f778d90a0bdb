package dk.pressline.platform.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** UP when the Kafka cluster answers a describe-cluster request within the timeout. */
public class KafkaClusterHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final LazyAdmin admin;
    private final Duration timeout;

    public KafkaClusterHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
        super("Kafka health check failed");
        this.admin = new LazyAdmin(adminConfig);
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var options = new DescribeClusterOptions().timeoutMs((int) timeout.toMillis());
        var cluster = admin.get().describeCluster(options);
        long waitMillis = timeout.toMillis();
        builder.up()
                .withDetail("clusterId", cluster.clusterId().get(waitMillis, TimeUnit.MILLISECONDS))
                .withDetail(
                        "brokers",
                        cluster.nodes().get(waitMillis, TimeUnit.MILLISECONDS).size());
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
