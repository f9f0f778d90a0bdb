package dk.pressline.platform.outbox;

import static dk.pressline.platform.outbox.OutboxTests.click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays driven by the test, one pass at a time, on a service whose own outbox is switched off: outages, competing
 * instances, the backlog in health and the relay's lifecycle.
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
class OutboxRelayTests {

    private static final OutboxProperties SMALL_BATCHES = new OutboxProperties(true, null, 7, null);

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    KafkaEventSender kafka;

    @Autowired
    TopicNames topicNames;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext context;

    JdbcTemplate jdbc;
    EventOutbox outbox;
    UnreachableBroker unreachable;

    @BeforeEach
    void emptyOutbox() throws IOException {
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("delete from event_outbox");
        outbox = new EventOutbox(dataSource);
        unreachable = new UnreachableBroker();
    }

    @AfterEach
    void closeUnreachableBroker() {
        unreachable.close();
    }

    @Test
    void leavesTheOutboxOutWhenDisabled() {
        assertThat(context.getBeanProvider(EventOutbox.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(OutboxRelay.class).getIfAvailable()).isNull();
    }

    @Test
    void keepsEventsWhileTheBrokerIsUnreachableAndSendsThemInOrderWhenItReturns() {
        var bookingId = UUID.randomUUID();
        var appended = appendClicks(bookingId, 12);
        var broker = new SwitchableSender(unreachable.sender());
        var relay = new OutboxRelay(dataSource, broker, SMALL_BATCHES);

        assertThat(relay.relayPending()).isZero();
        assertThat(relay.relayPending()).isZero();
        assertThat(pending()).isEqualTo(12);

        broker.sendThrough(kafka);
        assertThat(relay.relayPending()).isEqualTo(7);
        assertThat(relay.relayPending()).isEqualTo(5);

        assertThat(pending()).isZero();
        assertThat(TopicContents.eventIdsWithKey(interactions(), bookingId.toString()))
                .containsExactlyElementsOf(ids(appended));
    }

    @Test
    void warnsOncePerOutageAndSaysWhenSendingResumes() {
        appendClicks(UUID.randomUUID(), 2);
        var broker = new SwitchableSender(unreachable.sender());
        var relay = new OutboxRelay(dataSource, broker, SMALL_BATCHES);
        var logged = new ListAppender<ILoggingEvent>();
        var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(OutboxRelay.class);
        logged.start();
        logger.addAppender(logged);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                relay.relayPending();
            }
            broker.sendThrough(kafka);
            relay.relayPending();
        } finally {
            logger.detachAppender(logged);
        }

        assertThat(logged.list)
                .filteredOn(event -> event.getLevel() == Level.WARN)
                .singleElement()
                .satisfies(warning ->
                        assertThat(warning.getFormattedMessage()).contains("could not send the event at position"));
        assertThat(logged.list)
                .filteredOn(event -> event.getLevel() == Level.INFO)
                .singleElement()
                .satisfies(info -> assertThat(info.getFormattedMessage()).contains("sending again after 3 failed"));
    }

    @Test
    void onlyOneRelaySendsAtATime() throws Exception {
        List<UUID> bookingIds = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<UUID, List<PresslineEvent>> appended = new HashMap<>();
        for (int transaction = 0; transaction < 25; transaction++) {
            long revision = transaction;
            transactions.executeWithoutResult(status -> bookingIds.forEach(bookingId -> {
                for (int i = 0; i < 2; i++) {
                    var event = click(bookingId, revision);
                    outbox.append(event);
                    appended.computeIfAbsent(bookingId, id -> new ArrayList<>()).add(event);
                }
            }));
        }

        var threads = Executors.newFixedThreadPool(2);
        try (var secondInstancePool = OutboxTestService.pool(environment)) {
            var relays = List.of(
                    new OutboxRelay(dataSource, kafka, SMALL_BATCHES),
                    new OutboxRelay(secondInstancePool, kafka, SMALL_BATCHES));
            List<Future<Integer>> sent = new ArrayList<>();
            for (var relay : relays) {
                sent.add(threads.submit(() -> relayUntilEmpty(relay)));
            }
            int total = 0;
            for (var count : sent) {
                total += count.get(60, TimeUnit.SECONDS);
            }

            assertThat(total).as("events acknowledged by both relays together").isEqualTo(200);
        } finally {
            threads.shutdownNow();
        }
        assertThat(pending()).isZero();
        var records = TopicContents.recordsOf(interactions());
        for (var bookingId : bookingIds) {
            assertThat(TopicContents.eventIdsWithKey(interactions(), bookingId.toString()))
                    .as("events of booking %s", bookingId)
                    .containsExactlyElementsOf(ids(appended.get(bookingId)));
        }
        assertThat(records)
                .filteredOn(record ->
                        bookingIds.stream().anyMatch(id -> id.toString().equals(record.key())))
                .hasSize(200);
    }

    @Test
    void skipsItsPassWhileAnotherInstanceIsSending() throws Exception {
        var bookingId = UUID.randomUUID();
        var appended = appendClicks(bookingId, 3);
        var gate = new GatedSender(kafka);
        var sending = new OutboxRelay(dataSource, gate, SMALL_BATCHES);
        var waiting = new OutboxRelay(dataSource, kafka, SMALL_BATCHES);
        var thread = Executors.newSingleThreadExecutor();
        try {
            var sendingPass = thread.submit(sending::relayPending);
            assertThat(gate.entered.await(10, TimeUnit.SECONDS))
                    .as("first relay is sending")
                    .isTrue();

            assertThat(waiting.relayPending()).isZero();

            gate.open.countDown();
            assertThat(sendingPass.get(30, TimeUnit.SECONDS)).isEqualTo(3);
        } finally {
            gate.open.countDown();
            thread.shutdownNow();
        }
        assertThat(pending()).isZero();
        assertThat(TopicContents.eventIdsWithKey(interactions(), bookingId.toString()))
                .containsExactlyElementsOf(ids(appended));
    }

    @Test
    void sendsRightAfterACommitWithoutWaitingForThePoll() {
        var relay = new OutboxRelay(
                dataSource, kafka, new OutboxProperties(true, Duration.ofHours(1), null, Duration.ofHours(1)));
        var wakingOutbox = new EventOutbox(dataSource, relay::wake);
        relay.start();
        try {
            assertThat(relay.isRunning()).isTrue();
            var bookingId = UUID.randomUUID();
            var first = click(bookingId, 1);
            var second = click(bookingId, 2);

            transactions.executeWithoutResult(status -> wakingOutbox.append(first));
            await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 0);
            transactions.executeWithoutResult(status -> wakingOutbox.append(second));
            await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 0);

            assertThat(TopicContents.eventIdsWithKey(interactions(), bookingId.toString()))
                    .containsExactly(first.eventId(), second.eventId());
        } finally {
            relay.stop();
        }
        assertThat(relay.isRunning()).isFalse();
    }

    @Test
    void reportsTheBacklogAndTheAgeOfItsOldestEventInHealth() {
        appendClicks(UUID.randomUUID(), 3);

        var health = new OutboxHealthIndicator(dataSource).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("pending", 3L);
        assertThat(Duration.parse((String) health.getDetails().get("oldestPendingAge")))
                .isPositive()
                .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void measuresTheBacklogAndTheAgeOfItsOldestEventWhileTheBrokerIsUnreachable() {
        var metrics = new SimpleMeterRegistry();
        new OutboxMetrics(dataSource, Duration.ZERO).bindTo(metrics);
        assertThat(gauge(metrics, "pressline.outbox.pending")).isZero();
        assertThat(gauge(metrics, "pressline.outbox.oldest.pending.age")).isZero();
        var broker = new SwitchableSender(unreachable.sender());
        var relay = new OutboxRelay(dataSource, broker, SMALL_BATCHES);

        appendClicks(UUID.randomUUID(), 3);
        assertThat(relay.relayPending()).isZero();

        assertThat(gauge(metrics, "pressline.outbox.pending")).isEqualTo(3);
        var firstAge = gauge(metrics, "pressline.outbox.oldest.pending.age");
        assertThat(firstAge).isPositive().isLessThan(60);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> gauge(metrics, "pressline.outbox.oldest.pending.age") >= firstAge + 0.2);

        broker.sendThrough(kafka);
        relayUntilEmpty(relay);

        assertThat(gauge(metrics, "pressline.outbox.pending")).isZero();
        assertThat(gauge(metrics, "pressline.outbox.oldest.pending.age")).isZero();
        assertThat(gauge(metrics, "pressline.outbox.parked"))
                .isEqualTo(jdbc.queryForObject("select count(*) from event_outbox_parked", Double.class));
    }

    @Test
    void refusesTheSameEventTwice() {
        var event = click(UUID.randomUUID(), 1);
        transactions.executeWithoutResult(status -> outbox.append(event));

        assertThatExceptionOfType(DuplicateKeyException.class)
                .isThrownBy(() -> transactions.executeWithoutResult(status -> outbox.append(event)));
        assertThat(pending()).isEqualTo(1);
    }

    @Test
    void staysIdleInADatabaseWithoutTheOutboxTable() {
        var database = "t" + ProcessHandle.current().pid() + "_no_outbox";
        var postgres = TestServers.postgres();
        postgres.createDatabase(database);
        try (var withoutOutbox = OutboxTestService.pool(postgres.jdbcUrl(database), environment)) {
            var relay = new OutboxRelay(withoutOutbox, kafka, OutboxProperties.defaults());
            relay.start();

            assertThat(relay.isRunning()).isFalse();
            assertThat(new OutboxHealthIndicator(withoutOutbox).health(true).getStatus())
                    .isEqualTo(Status.UNKNOWN);
            var metrics = new SimpleMeterRegistry();
            new OutboxMetrics(withoutOutbox, Duration.ZERO).bindTo(metrics);
            assertThat(gauge(metrics, "pressline.outbox.pending")).isNaN();
            var transactionsWithoutOutbox = new TransactionTemplate(new DataSourceTransactionManager(withoutOutbox));
            assertThatIllegalStateException()
                    .isThrownBy(() -> transactionsWithoutOutbox.executeWithoutResult(
                            status -> new EventOutbox(withoutOutbox).append(click(UUID.randomUUID(), 1))))
                    .withMessageContaining("classpath:db/outbox");
        }
    }

    private List<PresslineEvent> appendClicks(UUID bookingId, int count) {
        List<PresslineEvent> appended = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int revision = 0; revision < count; revision++) {
                var event = click(bookingId, revision);
                outbox.append(event);
                appended.add(event);
            }
        });
        return appended;
    }

    private int relayUntilEmpty(OutboxRelay relay) {
        long deadline = System.nanoTime() + Duration.ofSeconds(50).toNanos();
        int sent = 0;
        while (pending() > 0 && System.nanoTime() < deadline) {
            sent += relay.relayPending();
        }
        return sent;
    }

    private static double gauge(MeterRegistry metrics, String name) {
        return metrics.get(name).gauge().value();
    }

    private long pending() {
        return jdbc.queryForObject("select count(*) from event_outbox", Long.class);
    }

    private String interactions() {
        return topicNames.of(Topics.INTERACTIONS);
    }

    private static List<UUID> ids(List<PresslineEvent> events) {
        return events.stream().map(PresslineEvent::eventId).toList();
    }

    /** A real producer pointed at a port nobody listens on: every send fails after a second. */
    private final class UnreachableBroker implements AutoCloseable {

        private final KafkaTemplate<String, CloudEvent> template;

        UnreachableBroker() throws IOException {
            String nobodyListening;
            try (var socket = new ServerSocket(0)) {
                nobodyListening = "127.0.0.1:" + socket.getLocalPort();
            }
            Map<String, Object> config = new HashMap<>(EventEnvelopes.producerConfig());
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, nobodyListening);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000);
            template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        }

        KafkaEventSender sender() {
            return new KafkaEventSender(template, topicNames, "search-service", Duration.ofSeconds(1));
        }

        @Override
        public void close() {
            template.destroy();
        }
    }

    /** Sends through whichever real sender is current, as a broker that goes away and comes back. */
    private static final class SwitchableSender extends KafkaEventSender {

        private volatile KafkaEventSender current;

        SwitchableSender(KafkaEventSender initial) {
            super(null, null, null, null);
            current = initial;
        }

        void sendThrough(KafkaEventSender sender) {
            current = sender;
        }

        @Override
        public RecordMetadata send(PresslineEvent event) {
            return current.send(event);
        }
    }

    /** Holds its first send until the test opens the gate, keeping its relay mid-pass. */
    private static final class GatedSender extends KafkaEventSender {

        private final KafkaEventSender real;
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);

        GatedSender(KafkaEventSender real) {
            super(null, null, null, null);
            this.real = real;
        }

        @Override
        public RecordMetadata send(PresslineEvent event) {
            entered.countDown();
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return real.send(event);
        }
    }
}
