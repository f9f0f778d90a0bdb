package dk.pressline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.EventTypes;
import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.notification.delivery.DeliveryQueue;
import dk.pressline.notification.intake.ParkedRecords;
import dk.pressline.notification.intake.UnreadableRecordException;
import dk.pressline.notification.subscription.Subscriptions;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.TestServers;
import dk.pressline.testsupport.kafka.KafkaProbe;
import io.cloudevents.CloudEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * A record on a consumed topic that can never be read (not JSON, a tombstone, a known type whose body does not fit
 * it, a CloudEvent without its id) is parked on a dead-letter topic with where it came from and why, and the records
 * after it are still handled; a redrive hands the parked records of the followed topics to their consumer again.
 */
@NotificationServiceTest
class UnreadableRecordTests {

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    ParkedRecords parkedRecords;

    Mailbox mailbox = Mailbox.ofTestServer();

    @Test
    void unreadableRecordsOnTheArticlesTopicAreParkedAndTheArticleAfterThemIsFollowed() {
        var topic = topicNames.of(Topics.ARTICLES);
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Havvind udbydes igen", Instant.now());
        var key = article.articleId().toString();

        var unreadable = List.of(
                UnreadableRecords.notJson(topic, key),
                UnreadableRecords.tombstone(topic, key),
                UnreadableRecords.invalidBody(topic, key, EventTypes.ARTICLE_PUBLISHED),
                UnreadableRecords.withoutId(
                        topic,
                        key,
                        Articles.published(Articles.snapshot(UUID.randomUUID(), 1, "Uden id", Instant.now()))));
        events.send(Articles.published(article));

        assertParked(topicNames.of(ParkedRecords.TOPIC), key, topic, unreadable);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from articles where article_id = ? and published",
                                Integer.class,
                                article.articleId())
                        == 1);
    }

    @Test
    void unreadableRecordsOnThePlacementsTopicAreParkedAndThePlacementAfterThemIsFollowed() {
        var topic = topicNames.of(Topics.PLACEMENTS);
        // Booked for next year, so it is in no edition or preview another test of this context assembles.
        var placement = Placements.newsletterSponsor(
                "Solcelle Syd",
                "Strøm fra taget",
                Instant.now().plus(Duration.ofDays(365)),
                Instant.now().plus(Duration.ofDays(368)));
        var key = placement.bookingId().toString();

        var unreadable = List.of(
                UnreadableRecords.notJson(topic, key),
                UnreadableRecords.tombstone(topic, key),
                UnreadableRecords.invalidBody(topic, key, EventTypes.PLACEMENT_WITHDRAWN),
                UnreadableRecords.withoutId(topic, key, Placements.withdrawn(placement)));
        events.send(Placements.activated(placement));

        assertParked(topicNames.of(ParkedRecords.TOPIC), key, topic, unreadable);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from placements where booking_id = ? and not withdrawn",
                                Integer.class,
                                placement.bookingId())
                        == 1);
    }

    @Test
    void unreadableRecordsOnTheDeliveryQueueAreParkedAndTheMailAfterThemIsSent() {
        var topic = topicNames.of(Topics.NOTIFICATION_DELIVERIES);
        var reader = Readers.newAddress("unreadable");
        var subscriber = new Readers(subscriptions).followingThemes(reader, "intet-tema-" + UUID.randomUUID());
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Kystsikring i Thyborøn", Instant.now());
        events.send(Articles.published(article));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from articles where article_id = ?",
                                Integer.class,
                                article.articleId())
                        == 1);
        var key = subscriber.id().toString();

        var deliveryId = DeliveryQueue.deliveryId(
                DeliveryKind.THEME_ALERT, subscriber.id(), article.articleId().toString());
        var unreadable = List.of(
                UnreadableRecords.notJson(topic, key),
                UnreadableRecords.tombstone(topic, key),
                UnreadableRecords.invalidBody(topic, key, EventTypes.DELIVERY_REQUESTED),
                UnreadableRecords.withoutId(
                        topic,
                        key,
                        new DeliveryRequested(
                                UUID.randomUUID(),
                                Instant.now(),
                                deliveryId,
                                subscriber.id(),
                                DeliveryKind.THEME_ALERT,
                                article.articleId().toString())));
        events.send(new DeliveryRequested(
                UUID.randomUUID(),
                Instant.now(),
                deliveryId,
                subscriber.id(),
                DeliveryKind.THEME_ALERT,
                article.articleId().toString()));

        assertParked(topic + ".dlq", key, topic, unreadable);
        mailbox.awaitOne(reader, article.headline());
    }

    @Test
    void aParkedEventIsAppliedWhenRedrivenAndARecordStillUnreadableIsParkedAgain() throws Exception {
        var articles = topicNames.of(Topics.ARTICLES);
        var parkedTopic = topicNames.of(ParkedRecords.TOPIC);
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Parkeret af en ældre udgave", Instant.now());
        var tombstoneKey = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<String, CloudEvent>(producerConfig())) {
            var parkedEvent =
                    EventEnvelopes.toProducerRecord(parkedTopic, Articles.published(article), Topics.ARTICLE_SERVICE);
            parkedEvent.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, articles.getBytes(StandardCharsets.UTF_8));
            producer.send(parkedEvent).get();
        }
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestServers.kafka().bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            var parkedTombstone = new ProducerRecord<String, byte[]>(parkedTopic, tombstoneKey, null);
            parkedTombstone.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, articles.getBytes(StandardCharsets.UTF_8));
            producer.send(parkedTombstone).get();
        }

        var redriven = parkedRecords.redrive();

        assertThat(redriven.handled()).isGreaterThanOrEqualTo(1);
        assertThat(redriven.parkedAgain()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from articles where article_id = ? and published",
                        Integer.class,
                        article.articleId()))
                .isEqualTo(1);
        try (var probe = KafkaProbe.reading(parkedTopic)) {
            var tombstones = probe.awaitRecords(record -> tombstoneKey.equals(record.key()), 2, Duration.ofSeconds(30));
            assertThat(text(tombstones.getLast(), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                    .contains("tombstone");
            assertThat(text(tombstones.getLast(), KafkaHeaders.DLT_ORIGINAL_TOPIC))
                    .isEqualTo(articles);
        }
    }

    private static Map<String, Object> producerConfig() {
        var config = new HashMap<String, Object>(EventEnvelopes.producerConfig());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers());
        return config;
    }

    private static void assertParked(String deadLetterTopic, String key, String topic, List<RecordMetadata> sent) {
        try (var probe = KafkaProbe.reading(deadLetterTopic)) {
            var parked = probe.awaitRecords(record -> key.equals(record.key()), sent.size(), Duration.ofSeconds(60));
            assertThat(parked).hasSize(sent.size());
            for (var original : sent) {
                var record = parked.stream()
                        .filter(candidate -> offset(candidate) == original.offset())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("Not parked: " + original));
                assertThat(text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(topic);
                assertThat(ByteBuffer.wrap(header(record, KafkaHeaders.DLT_ORIGINAL_PARTITION))
                                .getInt())
                        .isEqualTo(original.partition());
                assertThat(text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
                assertThat(text(record, KafkaHeaders.DLT_EXCEPTION_FQCN))
                        .as("parked as unreadable, not as failed")
                        .isEqualTo(UnreadableRecordException.class.getName());
            }
        }
    }

    private static long offset(ConsumerRecord<String, byte[]> record) {
        return ByteBuffer.wrap(header(record, KafkaHeaders.DLT_ORIGINAL_OFFSET)).getLong();
    }

    private static String text(ConsumerRecord<String, byte[]> record, String name) {
        return new String(header(record, name), StandardCharsets.UTF_8);
    }

    private static byte[] header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return header.value();
    }
}
