package dk.pressline.platform.outbox;

import static dk.pressline.platform.outbox.OutboxTests.click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.pressline.events.EventFixtures;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.platform.tracing.CarriedTrace;
import dk.pressline.platform.tracing.EventTracing;
import dk.pressline.platform.web.ConflictException;
import dk.pressline.platform.web.NotFoundException;
import dk.pressline.platform.web.PageQuery;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event Kafka will never take is parked, out of the way of every later event, where an operator can see it and
 * send it again. Kafka refuses here because the relay's producer takes requests of at most 8 KiB.
 */
@SpringBootTest(
        classes = OutboxTestService.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.application.name=search-service",
            "spring.flyway.locations=classpath:db/outbox",
            "pressline.outbox.enabled=false"
        })
@RealServers({Server.KAFKA, Server.POSTGRES})
class OutboxParkingTests {

    private static final int SMALL_REQUESTS = 8 * 1024;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TopicNames topicNames;

    @Autowired
    KafkaEventSender kafka;

    @Autowired
    EventTracing tracing;

    JdbcTemplate jdbc;
    EventOutbox outbox;
    ParkedEvents parkedEvents;
    SmallRequestProducer smallRequests;

    @BeforeEach
    void emptyOutbox() {
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("delete from event_outbox");
        outbox = new EventOutbox(dataSource);
        parkedEvents = new ParkedEvents(dataSource, () -> {});
        smallRequests = new SmallRequestProducer(SMALL_REQUESTS);
    }

    @AfterEach
    void closeProducer() {
        smallRequests.close();
    }

    @Test
    void parksAnEventKafkaRefusesAndSendsEveryLaterOne() {
        var tooLarge = published(UUID.randomUUID(), 20_000);
        var retraction = unpublished(UUID.randomUUID());
        var bookingId = UUID.randomUUID();
        var click = click(bookingId, 1);
        append(tooLarge, retraction, click);
        var relay = new OutboxRelay(dataSource, smallRequests.sender(), OutboxProperties.defaults());

        assertThat(relay.relayPending()).as("events the broker acknowledged").isEqualTo(2);

        assertThat(pending()).isZero();
        assertThat(TopicContents.eventIdsWithKey(articles(), retraction.aggregateId()))
                .containsExactly(retraction.eventId());
        assertThat(TopicContents.eventIdsWithKey(articles(), tooLarge.aggregateId()))
                .isEmpty();
        assertThat(TopicContents.eventIdsWithKey(interactions(), bookingId.toString()))
                .containsExactly(click.eventId());
        var parked = jdbc.queryForMap("select * from event_outbox_parked where event_id = ?", tooLarge.eventId());
        assertThat(parked)
                .containsEntry("event_id", tooLarge.eventId())
                .containsEntry("event_type", "dk.pressline.article.published.v1")
                .containsEntry("aggregate_id", tooLarge.aggregateId());
        assertThat((String) parked.get("reason")).contains("RecordTooLargeException");
    }

    @Test
    void aParkedEventKeepsItsTraceAndIsResentInIt() {
        var tooLarge = published(UUID.randomUUID(), 20_000);
        append(tooLarge);
        var traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        jdbc.update(
                "update event_outbox set trace_parent = ? where event_id = ?",
                "00-" + traceId + "-00f067aa0ba902b7-01",
                tooLarge.eventId());
        new OutboxRelay(dataSource, smallRequests.sender(), OutboxProperties.defaults()).relayPending();
        var position = jdbc.queryForObject(
                "select position from event_outbox_parked where event_id = ?", Long.class, tooLarge.eventId());

        parkedEvents.resend(position);
        new OutboxRelay(dataSource, kafka, OutboxProperties.defaults(), tracing).relayPending();

        var sent = TopicContents.recordsOf(articles()).stream()
                .filter(record -> tooLarge.aggregateId().equals(record.key()))
                .findFirst()
                .orElseThrow();
        assertThat(new String(
                        sent.headers().lastHeader(CarriedTrace.TRACEPARENT).value(), StandardCharsets.UTF_8))
                .startsWith("00-" + traceId + "-");
    }

    @Test
    void logsAParkedEventOnceAtErrorWithItsIdTypeAndReason() {
        var tooLarge = published(UUID.randomUUID(), 20_000);
        append(tooLarge);
        var relay = new OutboxRelay(dataSource, smallRequests.sender(), OutboxProperties.defaults());
        var logged = new ListAppender<ILoggingEvent>();
        var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(OutboxRelay.class);
        logged.start();
        logger.addAppender(logged);
        try {
            relay.relayPending();
            relay.relayPending();
        } finally {
            logger.detachAppender(logged);
        }

        assertThat(logged.list)
                .filteredOn(event -> event.getLevel() == Level.ERROR)
                .singleElement()
                .satisfies(error -> assertThat(error.getFormattedMessage())
                        .contains(tooLarge.eventId().toString())
                        .contains("dk.pressline.article.published.v1")
                        .contains("max.request.size"));
        assertThat(logged.list).noneMatch(event -> event.getLevel() == Level.WARN);
    }

    @Test
    void listsAParkedEventAndResendsItOnceKafkaTakesIt() {
        var tooLarge = published(UUID.randomUUID(), 20_000);
        append(tooLarge);
        new OutboxRelay(dataSource, smallRequests.sender(), OutboxProperties.defaults()).relayPending();
        var parked = parkedEvents.list(new PageQuery(0, 100)).items().stream()
                .filter(event -> event.eventId().equals(tooLarge.eventId()))
                .findFirst()
                .orElseThrow();
        assertThat(parked.eventType()).isEqualTo("dk.pressline.article.published.v1");
        assertThat(parked.aggregateId()).isEqualTo(tooLarge.aggregateId());
        assertThat(parked.reason()).startsWith("RecordTooLargeException: ");
        assertThat(parked.overtakenBy()).isNull();
        assertThat(parked.payloadBytes()).isGreaterThan(20_000);
        assertThat(parkedEvents.payload(parked.position()))
                .hasValueSatisfying(payload ->
                        assertThat(payload).contains(tooLarge.eventId().toString()));

        parkedEvents.resend(parked.position());
        assertThat(new OutboxRelay(dataSource, kafka, OutboxProperties.defaults()).relayPending())
                .isEqualTo(1);

        assertThat(TopicContents.eventIdsWithKey(articles(), tooLarge.aggregateId()))
                .containsExactly(tooLarge.eventId());
        assertThat(parkedEventIds()).doesNotContain(tooLarge.eventId());
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> parkedEvents.resend(parked.position()));
    }

    @Test
    void sendsTheLaterEventsOfAParkedEventsArticleAndWillNotLetTheOlderStateOvertakeThemAgain() {
        var articleId = UUID.randomUUID();
        var tooLarge = published(articleId, 20_000);
        var retraction = unpublished(articleId);
        append(tooLarge, retraction);

        assertThat(new OutboxRelay(dataSource, smallRequests.sender(), OutboxProperties.defaults()).relayPending())
                .isEqualTo(1);

        assertThat(TopicContents.eventIdsWithKey(articles(), articleId.toString()))
                .containsExactly(retraction.eventId());
        var parked = parkedEventOf(tooLarge);
        assertThat(parked.overtakenBy()).isEqualTo(retraction.eventId());
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> parkedEvents.resend(parked.position()))
                .withMessageContaining(retraction.eventId().toString());
        parkedEvents.discard(parked.position());
        assertThat(parkedEventIds()).doesNotContain(tooLarge.eventId());
        assertThat(pending()).isZero();
    }

    @Test
    void resendsAnOvertakenEventOfATopicOfFactsWhereEachEventCounts() {
        var bookingId = UUID.randomUUID();
        var refused = click(bookingId, 1);
        var later = click(bookingId, 2);
        append(refused);
        try (var tinyRequests = new SmallRequestProducer(64)) {
            new OutboxRelay(dataSource, tinyRequests.sender(), OutboxProperties.defaults()).relayPending();
        }
        append(later);
        var relay = new OutboxRelay(dataSource, kafka, OutboxProperties.defaults());
        relay.relayPending();
        var parked = parkedEventOf(refused);
        assertThat(parked.overtakenBy()).isEqualTo(later.eventId());

        parkedEvents.resend(parked.position());
        relay.relayPending();

        assertThat(TopicContents.eventIdsWithKey(interactions(), bookingId.toString()))
                .containsExactly(later.eventId(), refused.eventId());
    }

    @Test
    void reportsParkedEventsInHealthAndStaysUp() {
        append(published(UUID.randomUUID(), 20_000));
        new OutboxRelay(dataSource, smallRequests.sender(), OutboxProperties.defaults()).relayPending();

        var health = new OutboxHealthIndicator(dataSource).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("pending", 0L).containsEntry("parked", parkedEvents.count());
        assertThat(parkedEvents.count()).isPositive();
    }

    private ParkedEvent parkedEventOf(PresslineEvent event) {
        return parkedEvents.list(new PageQuery(0, 100)).items().stream()
                .filter(parked -> parked.eventId().equals(event.eventId()))
                .findFirst()
                .orElseThrow();
    }

    private List<UUID> parkedEventIds() {
        return parkedEvents.list(new PageQuery(0, 100)).items().stream()
                .map(ParkedEvent::eventId)
                .toList();
    }

    private void append(PresslineEvent... events) {
        transactions.executeWithoutResult(status -> {
            for (var event : events) {
                outbox.append(event);
            }
        });
    }

    private long pending() {
        return jdbc.queryForObject("select count(*) from event_outbox", Long.class);
    }

    private String articles() {
        return topicNames.of(Topics.ARTICLES);
    }

    private String interactions() {
        return topicNames.of(Topics.INTERACTIONS);
    }

    static ArticlePublished published(UUID articleId, int bodyLength) {
        return new ArticlePublished(UUID.randomUUID(), Instant.now(), articleId, snapshot(articleId, 1, bodyLength));
    }

    static ArticleUnpublished unpublished(UUID articleId) {
        return new ArticleUnpublished(
                UUID.randomUUID(),
                Instant.now(),
                articleId,
                snapshot(articleId, 2, 100),
                "Kilden har trukket sine tal tilbage.");
    }

    private static ArticleSnapshot snapshot(UUID articleId, long revision, int bodyLength) {
        var sample = EventFixtures.articleSnapshot();
        return new ArticleSnapshot(
                articleId,
                revision,
                sample.slug(),
                sample.previousSlugs(),
                sample.canonicalUrl(),
                sample.language(),
                sample.headline(),
                sample.teaser(),
                "<p>" + "x".repeat(bodyLength) + "</p>",
                sample.authors(),
                sample.signOff(),
                sample.section(),
                sample.themes(),
                sample.leadImage(),
                sample.readAlso(),
                sample.source(),
                sample.firstPublishedAt(),
                sample.lastUpdatedAt(),
                sample.corrections());
    }

    /** A real producer on the test broker whose {@code max.request.size} is small, so Kafka refuses larger events. */
    private final class SmallRequestProducer implements AutoCloseable {

        private final KafkaTemplate<String, CloudEvent> template;

        SmallRequestProducer(int maxRequestSize) {
            Map<String, Object> config = new HashMap<>(EventEnvelopes.producerConfig());
            config.put(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers());
            config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        }

        KafkaEventSender sender() {
            return new KafkaEventSender(template, topicNames, "search-service", Duration.ofSeconds(10));
        }

        @Override
        public void close() {
            template.destroy();
        }
    }
}
