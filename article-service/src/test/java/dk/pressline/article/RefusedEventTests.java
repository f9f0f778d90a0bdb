package dk.pressline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import dk.pressline.testsupport.kafka.KafkaProbe;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An article event the topic refuses (its {@code max.message.bytes} is set below the article's size here) is parked:
 * the events after it, a retraction among them, reach the topic at once, and an admin sees the parked one and sends
 * it again once the topic takes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class RefusedEventTests {

    private static final int TOPIC_LIMIT = 32 * 1024;
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topicNames;

    @Test
    void parksAnEventTheTopicRefusesSendsTheLaterOnesAndResendsItOnceTheTopicTakesIt() throws Exception {
        var newsroom = Newsroom.at(port);
        var admin = ApiClient.atLocalPort(port).withToken(TestTokens.admin().encode());
        var retracted = newsroom.create("Tallene holder ikke").json().path("id").asString();
        newsroom.act(retracted, "submit");
        newsroom.act(retracted, "publish");
        String large;
        long position;
        try (var kafka = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            setTopicLimit(kafka, Integer.toString(TOPIC_LIMIT));
            try {
                large = newsroom.created(
                                "/api/articles",
                                newsroom.article(
                                        "Hele klimarapporten",
                                        "<p>" + "Tagene i byen bliver grønne. ".repeat(2000) + "</p>"))
                        .json()
                        .path("id")
                        .asString();
                newsroom.act(large, "submit");
                newsroom.act(large, "publish");
                newsroom.act(retracted, "unpublish", """
                        {"reason": "Kilden har trukket sine tal tilbage."}""");
                var later = newsroom.create("Næste artikel").json().path("id").asString();
                newsroom.act(later, "submit");
                newsroom.act(later, "publish");

                assertThat(eventTypes(retracted, 2)).containsExactly("ArticlePublished", "ArticleUnpublished");
                assertThat(eventTypes(later, 1)).containsExactly("ArticlePublished");
                var parked = parkedEventOf(admin, large);
                assertThat(parked.path("eventType").asString()).isEqualTo("dk.pressline.article.published.v1");
                assertThat(parked.path("reason").asString()).contains("RecordTooLargeException");
                assertThat(parked.path("parkedAt").asString()).isNotBlank();
                position = parked.path("position").asLong();
                var payload = admin.get("/api/admin/outbox/parked/" + position + "/payload");
                assertThat(payload.json().path("article").path("headline").asString())
                        .isEqualTo("Hele klimarapporten");
                assertThat(admin.get("/actuator/health")
                                .json()
                                .path("components")
                                .path("outbox")
                                .path("details")
                                .path("parked")
                                .asLong())
                        .isPositive();
                newsroom.editor.get("/api/admin/outbox/parked").assertProblem(403);
            } finally {
                setTopicLimit(kafka, null);
            }
        }

        var resent = admin.post("/api/admin/outbox/parked/" + position + "/resend", null);

        assertThat(resent.status()).as(resent.body()).isEqualTo(202);
        assertThat(eventTypes(large, 1)).containsExactly("ArticlePublished");
        assertThat(admin.get("/api/admin/outbox/parked").json().path("items").findValuesAsString("aggregateId"))
                .doesNotContain(large);
        admin.post("/api/admin/outbox/parked/" + position + "/resend", null).assertProblem(404);
    }

    private static JsonNode parkedEventOf(ApiClient admin, String articleId) {
        var listed = admin.get("/api/admin/outbox/parked");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        for (var item : listed.json().path("items")) {
            if (item.path("aggregateId").asString().equals(articleId)) {
                return item;
            }
        }
        throw new AssertionError("No parked event of article " + articleId + " in " + listed.body());
    }

    /** Sets the articles topic's {@code max.message.bytes}, or with {@code null} removes it, and waits until it holds. */
    private void setTopicLimit(Admin kafka, String maxMessageBytes) throws Exception {
        var topic = new ConfigResource(ConfigResource.Type.TOPIC, topicNames.of(Topics.ARTICLES));
        var entry = new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes);
        var operation = new AlterConfigOp(
                entry, maxMessageBytes == null ? AlterConfigOp.OpType.DELETE : AlterConfigOp.OpType.SET);
        kafka.incrementalAlterConfigs(Map.of(topic, List.of(operation))).all().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var current = kafka.describeConfigs(List.of(topic))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(topic)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return maxMessageBytes == null
                    ? current.source() != ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                    : maxMessageBytes.equals(current.value());
        });
    }

    private List<String> eventTypes(String articleId, int expected) {
        try (var probe = KafkaProbe.reading(topicNames.of(Topics.ARTICLES))) {
            return probe.awaitRecords(record -> articleId.equals(record.key()), expected, WITHIN_SECONDS).stream()
                    .map(record ->
                            EventEnvelopes.fromConsumerRecord(record).getClass().getSimpleName())
                    .toList();
        }
    }
}
