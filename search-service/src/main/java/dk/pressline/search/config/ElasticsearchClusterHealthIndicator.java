package dk.pressline.search.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP while the cluster is green or yellow (a single node keeps replicas unassigned). Uses {@code _cluster/health}
 * because the client's ping calls {@code GET /}, which not every distribution answers.
 */
class ElasticsearchClusterHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;

    ElasticsearchClusterHealthIndicator(ElasticsearchClient client) {
        super("Elasticsearch health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var health = client.cluster().health();
        var status = health.status();
        (status == HealthStatus.Red ? builder.down() : builder.up())
                .withDetail("cluster", health.clusterName())
                .withDetail("status", status.jsonValue())
                .withDetail("nodes", health.numberOfNodes());
    }
}
