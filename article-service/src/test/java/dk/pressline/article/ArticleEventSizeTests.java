package dk.pressline.article;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.kafka.EventSizeLimit;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.kafka.KafkaProbe;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * An article is refused where it is written when its event would be larger than Kafka takes, measured as the event
 * leaves: after sanitising, with every correction. The producer here takes requests of 64 KiB, so the limit is small.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pressline.kafka.max-request-size=64KB")
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class ArticleEventSizeTests {

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topicNames;

    @Autowired
    EventSizeLimit eventSizeLimit;

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate;

    Newsroom newsroom;
    int limit;

    @BeforeEach
    void newsroom() {
        newsroom = Newsroom.at(port);
        limit = eventSizeLimit.maxEventBytes();
    }

    @Test
    void takesTheLimitAndTheProducersMaxRequestSizeFromTheOneSetting() {
        assertThat(cloudEventKafkaTemplate.getProducerFactory().getConfigurationProperties())
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 * 1024);
        assertThat(limit).isBetween(32 * 1024, 64 * 1024 - 1024);
    }

    @Test
    void refusesABodyThatSanitisingPutsOverTheLimitNamingTheFieldAndStoresNothing() {
        var sentence = "Skriv til nyheder@pressline.dk. ";
        int sentences = (limit - 3000) / sentence.length();
        var body = "<p>" + sentence.repeat(sentences) + "</p>";
        long before = total();

        var problem = newsroom.editor
                .post("/api/articles", newsroom.article("Læserbreve", body))
                .assertProblem(400);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("bodyHtml");
        var reason = problem.path("errors").get(0).path("reason").asString();
        assertThat(reason).contains("limit of " + limit + " bytes").contains("sanitis");
        var eventSize = Integer.parseInt(reason.replaceFirst(".*article's event (\\d+) bytes.*", "$1"));
        int addedBySanitising = sentences * ("&#64;".length() - "@".length());
        assertThat(eventSize - addedBySanitising)
                .as("the event with the body as written")
                .isLessThan(limit);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void refusesTheCorrectionThatWouldPutTheEventOverTheLimitAndSendsTheOnesBefore() {
        var sentence = "Tagene i byen bliver grønne. ";
        var body = "<p>" + sentence.repeat((limit - 12_000) / (sentence.length() + 1)) + "</p>";
        var id = newsroom.created("/api/articles", newsroom.article("Grønne tage", body))
                .json()
                .path("id")
                .asString();
        newsroom.act(id, "submit");
        newsroom.act(id, "publish");
        var note = "Tallet for grønne tage er rettet efter en ny opgørelse fra kommunen. ".repeat(14);

        int accepted = 0;
        var refused = newsroom.editor.post("/api/articles/" + id + "/correct", correction(note));
        while (refused.status() == 200 && accepted < 20) {
            accepted++;
            refused = newsroom.editor.post("/api/articles/" + id + "/correct", correction(note));
        }

        var problem = refused.assertProblem(400);
        assertThat(accepted).as("corrections that still fitted").isPositive();
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("note");
        assertThat(problem.path("errors").get(0).path("reason").asString()).contains(Integer.toString(limit));
        assertThat(newsroom.editor
                        .get("/api/articles/" + id)
                        .json()
                        .path("corrections")
                        .size())
                .isEqualTo(accepted);
        newsroom.act(id, "unpublish", """
                {"reason": "Artiklen er erstattet af en ny."}""");
        var records = recordsOf(id, accepted + 2);
        assertThat(records)
                .extracting(ArticleEventSizeTests::typeName)
                .hasSize(accepted + 2)
                .startsWith("ArticlePublished", "ArticleCorrected")
                .endsWith("ArticleUnpublished");
        assertThat(records.get(accepted).value().length)
                .as("the last correction that fitted, as sent")
                .isLessThanOrEqualTo(limit);
    }

    private static String correction(String note) {
        return """
                {"note": "%s"}""".formatted(note.strip());
    }

    private long total() {
        return newsroom.editor
                .get("/api/articles?size=1")
                .json()
                .path("totalItems")
                .asLong();
    }

    /** The article's records on the topic, once {@code expected} have arrived and a second more brought no others. */
    private List<ConsumerRecord<String, byte[]>> recordsOf(String articleId, int expected) {
        try (var probe = KafkaProbe.reading(topicNames.of(Topics.ARTICLES))) {
            probe.awaitRecords(record -> articleId.equals(record.key()), expected, Duration.ofSeconds(30));
            return probe.recordsWithin(Duration.ofSeconds(1), record -> articleId.equals(record.key()));
        }
    }

    private static String typeName(ConsumerRecord<String, byte[]> record) {
        return EventEnvelopes.fromConsumerRecord(record).getClass().getSimpleName();
    }
}
