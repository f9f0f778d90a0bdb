package dk.pressline.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dk.pressline.events.EventJson;
import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.consuming.DeadLetterTopic;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.search.Content;
import dk.pressline.search.SharedServiceProperties;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import dk.pressline.testsupport.kafka.KafkaProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;

/** Articles and placements reach the index from their topics, and records that are not events are parked aside. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = SharedServiceProperties.DEAD_LETTER_METRICS_REFRESH)
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
class TopicIndexingTests {

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Autowired
    ContentIndex index;

    @Autowired
    DeadLetterTopic deadLetters;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    MeterRegistry metrics;

    @Test
    void parksARecordThatIsNotAnEventOnTheDeadLetterTopicAndGoesOnIndexing() {
        var key = UUID.randomUUID().toString();
        var article = Content.article("Vindmøller ud for Bornholm");
        try (var dlq = KafkaProbe.reading(deadLetters.name())) {
            sendGarbage(key);
            events.send(article.published());

            var parked = dlq.awaitRecordWithKey(key);
            assertThat(new String(parked.value(), StandardCharsets.UTF_8)).isEqualTo("not an event");
            assertThat(new String(
                            parked.headers()
                                    .lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC)
                                    .value(),
                            StandardCharsets.UTF_8))
                    .isEqualTo(topicNames.of(Topics.ARTICLES));
            assertThat(parked.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                    .isNotNull();
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(search("vindmølle"))
                        .contains(article.snapshot().articleId().toString()));
    }

    @Test
    void countsTheRecordsParkedOnTheDeadLetterTopicInItsMetrics() {
        var parkedBefore = deadLetterMessages();
        var failuresBefore = count("pressline.search.indexing.failures", "kind", "unreadable", "outcome", "parked");

        sendGarbage(UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(40))
                .untilAsserted(() -> assertThat(deadLetterMessages()).isGreaterThanOrEqualTo(parkedBefore + 1));
        assertThat(count("pressline.search.indexing.failures", "kind", "unreadable", "outcome", "parked"))
                .isEqualTo(failuresBefore + 1);
    }

    @Test
    void measuresIndexedArticlesAndTheirDelayFromPublishing() {
        var indexedBefore = count("pressline.search.documents.indexed", "kind", "article");
        var delaysBefore = timed("pressline.search.publish.to.indexed", "kind", "article");
        var bulkRequestsBefore = timed("pressline.search.bulk.request");

        events.send(Content.article("Solceller på rådhusets tag").published());

        // The consumer records the count, the delay and the bulk request one after another, while this test reads.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("pressline.search.documents.indexed", "kind", "article"))
                    .isEqualTo(indexedBefore + 1);
            assertThat(timed("pressline.search.publish.to.indexed", "kind", "article"))
                    .isEqualTo(delaysBefore + 1);
            assertThat(timed("pressline.search.bulk.request")).isGreaterThan(bulkRequestsBefore);
        });
        assertThat(metrics.get("pressline.search.publish.to.indexed")
                        .tag("kind", "article")
                        .timer()
                        .max(TimeUnit.MILLISECONDS))
                .isPositive()
                .isLessThan(30_000);
    }

    @Test
    void parksATombstoneAndIndexesTheArticleAfterItOnTheSamePartition() {
        var article = Content.article("Havvind ved Thorsminde");
        var key = article.snapshot().articleId().toString();
        try (var dlq = KafkaProbe.reading(deadLetters.name())) {
            send(key, null);
            events.send(article.published());

            var parked = dlq.awaitRecordWithKey(key);
            assertThat(parked.value()).isNull();
            assertThat(new String(
                            parked.headers()
                                    .lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)
                                    .value(),
                            StandardCharsets.UTF_8))
                    .contains("tombstone");
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(search("havvind")).contains(key));
    }

    @Test
    void parksARecordWithoutACloudEventIdAndIndexesTheArticleAfterItOnTheSamePartition() throws IOException {
        var withoutId = Content.article("Biogas fra gylle i Tønder").published();
        var article = Content.article("Fjernvarme fra overskudsvarme i Esbjerg");
        var key = article.snapshot().articleId().toString();
        try (var dlq = KafkaProbe.reading(deadLetters.name())) {
            send(key, EventJson.toBytes(withoutId), cloudEventHeadersWithoutId(withoutId));
            events.send(article.published());

            var parked = dlq.awaitRecordWithKey(key);
            assertThat(parked.headers().lastHeader("ce_id")).isNull();
            assertThat(new String(parked.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo(EventTypes.of(ArticlePublished.class).name());
            assertThat(new String(
                            parked.headers()
                                    .lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)
                                    .value(),
                            StandardCharsets.UTF_8))
                    .contains("not a valid CloudEvent")
                    .contains("'id'");
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(search("fjernvarme")).contains(key));
        assertThat(search("biogas")).doesNotContain(withoutId.aggregateId());
    }

    @Test
    void removesAnArticleFromResultsWhenItIsUnpublishedOnTheTopic() {
        var article = Content.article("Solceller på skolens tag");
        var id = article.snapshot().articleId().toString();
        events.send(article.published());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(search("solcelle")).contains(id));

        events.send(article.revision(2).unpublished());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(search("solcelle")).doesNotContain(id));
    }

    @Test
    void indexesAPlacementWithItsLabelAndAdvertiserAndRemovesItWhenWithdrawn() throws IOException {
        var placement = Content.placement(Product.RELATED_FEED_ITEM, "Grøn varme til din virksomhed")
                .advertiser("ad-groenhave", "Grønhave ApS");
        var id = placement.snapshot().bookingId().toString();
        events.send(placement.activated());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(search("varme")).contains(id));

        var document = elasticsearch
                .get(get -> get.index(index.alias()).id(id), Map.class)
                .source();
        assertThat(document)
                .containsEntry("type", "sponsored")
                .containsEntry("label", "Sponseret")
                .containsEntry("advertiserName", "Grønhave ApS");

        events.send(placement.revision(2).withdrawn());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(search("varme")).doesNotContain(id));
    }

    @Test
    void holdsIndexingBackWhileElasticsearchRefusesWritesAndLosesNothing() throws IOException {
        var article = Content.article("Grundvand under pres i Nordjylland");
        var id = article.snapshot().articleId().toString();
        writeBlock(true);
        try (var dlq = KafkaProbe.reading(deadLetters.name())) {
            events.send(article.published());

            assertThat(dlq.recordsWithin(Duration.ofSeconds(3), record -> id.equals(record.key())))
                    .isEmpty();
            assertThat(search("grundvand")).doesNotContain(id);
        } finally {
            writeBlock(false);
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(search("grundvand")).contains(id));
    }

    private void writeBlock(boolean blocked) throws IOException {
        elasticsearch
                .indices()
                .putSettings(settings -> settings.index(index.alias()).settings(s -> s.blocks(b -> b.write(blocked))));
    }

    private void sendGarbage(String key) {
        send(key, "not an event".getBytes(StandardCharsets.UTF_8));
    }

    private void send(String key, byte[] value) {
        send(key, value, List.of());
    }

    private void send(String key, byte[] value, List<Header> headers) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestServers.kafka().bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topicNames.of(Topics.ARTICLES), null, key, value, headers));
        }
    }

    /** The binary-mode headers of the event as a broken producer might send them: every attribute but its id. */
    private static List<Header> cloudEventHeadersWithoutId(PresslineEvent event) {
        return Stream.of(
                        Map.entry("ce_specversion", "1.0"),
                        Map.entry("ce_source", "urn:pressline:article-service"),
                        Map.entry("ce_type", EventTypes.of(event.getClass()).name()),
                        Map.entry("ce_time", event.occurredAt().toString()),
                        Map.entry("ce_subject", event.aggregateId()),
                        Map.entry("content-type", EventEnvelopes.JSON))
                .<Header>map(header ->
                        new RecordHeader(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private double count(String name, String... tags) {
        var counter = metrics.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long timed(String name, String... tags) {
        var timer = metrics.find(name).tags(tags).timer();
        return timer == null ? 0 : timer.count();
    }

    private double deadLetterMessages() {
        return metrics.get("pressline.dead.letter.messages")
                .tag("topic", deadLetters.name())
                .gauge()
                .value();
    }

    private List<String> search(String words) throws IOException {
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
        return elasticsearch
                .search(
                        search -> search.index(index.alias())
                                .query(q ->
                                        q.match(match -> match.field("headline").query(words))),
                        Map.class)
                .hits()
                .hits()
                .stream()
                .map(hit -> hit.id())
                .toList();
    }
}
