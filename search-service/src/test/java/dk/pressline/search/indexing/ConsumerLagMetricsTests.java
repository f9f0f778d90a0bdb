package dk.pressline.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.EventFixtures;
import dk.pressline.events.Topics;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.web.PrometheusScrape;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * The consumer lag an operator alerts on is the binder's {@code spring_cloud_stream_binder_kafka_offset} per group and
 * topic, read from the group's committed offsets, so it keeps counting while the consumer is stopped; per partition,
 * Kafka's own {@code kafka_consumer_fetch_manager_records_lag} while it runs (its topic label has {@code _} for dots).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pressline.kafka.client-metrics-refresh=" + ConsumerLagMetricsTests.CLIENT_METRICS_REFRESH)
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
class ConsumerLagMetricsTests {

    /** How often the restarted consumer's new metrics are looked for (a minute unless set). */
    static final String CLIENT_METRICS_REFRESH = "1s";

    private static final String BINDING = "indexArticles-in-0";
    private static final String GROUP_LAG = "spring_cloud_stream_binder_kafka_offset";

    @LocalServerPort
    int port;

    @Autowired
    BindingsLifecycleController bindings;

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Test
    void showsTheLagGrowWhileTheConsumerIsStoppedAndReturnToZeroWhenItRuns() {
        var topic = "topic=\"" + topicNames.of(Topics.ARTICLES) + "\"";
        var group = "group=\"search-service\"";
        events.send(published());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(PrometheusScrape.ofLocalPort(port).value(GROUP_LAG, group, topic))
                                .hasValue(0.0));

        bindings.stop(BINDING);
        try {
            for (int article = 0; article < 5; article++) {
                events.send(published());
            }
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(PrometheusScrape.ofLocalPort(port).value(GROUP_LAG, group, topic))
                                    .hasValue(5.0));
        } finally {
            bindings.start(BINDING);
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(PrometheusScrape.ofLocalPort(port).value(GROUP_LAG, group, topic))
                                .hasValue(0.0));
        // Micrometer looks for a client's new Kafka metrics every CLIENT_METRICS_REFRESH: the restarted consumer's
        // partitions show then.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(PrometheusScrape.ofLocalPort(port).text())
                                .as("Kafka's lag per partition of the running consumer")
                                .containsPattern("kafka_consumer_fetch_manager_records_lag\\{[^}]*partition=\"0\""
                                        + "[^}]*topic=\"[^\"]*articles\"[^}]*} 0\\.0"));
    }

    private static ArticlePublished published() {
        var article = EventFixtures.articlePublished();
        return new ArticlePublished(UUID.randomUUID(), Instant.now(), article.articleId(), article.article());
    }
}
