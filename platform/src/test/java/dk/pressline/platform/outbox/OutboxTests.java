package dk.pressline.platform.outbox;

import static dk.pressline.testsupport.kafka.CloudEventAssertions.assertCarriesEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.EventFixtures;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.interaction.Channel;
import dk.pressline.events.interaction.PlacementClickRecorded;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.kafka.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox as a service gets it: append inside a transaction, and the running relay sends after the commit. Its lag
 * is measured by {@code ./pressline bench outbox-lag}, not here.
 */
@SpringBootTest(
        classes = OutboxTestService.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.application.name=search-service", "spring.flyway.locations=classpath:db/outbox"})
@RealServers({Server.KAFKA, Server.POSTGRES})
class OutboxTests {

    @Autowired
    EventOutbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxHealthIndicator outboxHealthIndicator;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TopicNames topicNames;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;

    @BeforeEach
    void connect() {
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void sendsAnAppendedEventAfterTheTransactionCommits() {
        var event = EventFixtures.articlePublished();

        transactions.executeWithoutResult(status -> {
            outbox.append(event);
            assertThat(relay.relayPending()).as("events sent before the commit").isZero();
        });

        try (var probe = KafkaProbe.reading(topicNames.of(Topics.ARTICLES))) {
            assertCarriesEvent(probe.awaitRecordWithKey(event.aggregateId()), event, "search-service");
        }
        awaitEmptyOutbox();
    }

    @Test
    void sendsNothingWhenTheTransactionRollsBack() {
        var bookingId = UUID.randomUUID();
        var rolledBack = click(bookingId, 1);
        var committed = click(bookingId, 2);

        transactions.executeWithoutResult(status -> {
            outbox.append(rolledBack);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> outbox.append(committed));

        awaitEmptyOutbox();
        assertThat(TopicContents.eventIdsWithKey(interactions(), bookingId.toString()))
                .containsExactly(committed.eventId());
    }

    @Test
    void refusesToAppendOutsideATransaction() {
        var event = click(UUID.randomUUID(), 1);

        assertThatExceptionOfType(IllegalTransactionStateException.class)
                .isThrownBy(() -> outbox.append(event))
                .withMessageContaining("needs a surrounding transaction")
                .withMessageContaining(event.eventId().toString());
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_outbox where event_id = ?", Long.class, event.eventId()))
                .isZero();
    }

    @Test
    void keepsTheOrderOfOneAggregatesEvents() {
        var bookingId = UUID.randomUUID();
        var otherBookingId = UUID.randomUUID();
        List<PresslineEvent> appended = new ArrayList<>();

        for (int transaction = 0; transaction < 10; transaction++) {
            int first = transaction * 5;
            transactions.executeWithoutResult(status -> IntStream.range(first, first + 5)
                    .forEach(revision -> {
                        var event = click(bookingId, revision);
                        outbox.append(event);
                        outbox.append(click(otherBookingId, revision));
                        appended.add(event);
                    }));
        }

        awaitEmptyOutbox();
        assertThat(TopicContents.eventIdsWithKey(interactions(), bookingId.toString()))
                .containsExactlyElementsOf(
                        appended.stream().map(PresslineEvent::eventId).toList());
    }

    @Test
    void reportsItsBacklogInHealth() {
        var health = outboxHealthIndicator.health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("pending", "oldestPendingAge");
    }

    private void awaitEmptyOutbox() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("select count(*) from event_outbox", Long.class) == 0);
    }

    private String interactions() {
        return topicNames.of(Topics.INTERACTIONS);
    }

    static PlacementClickRecorded click(UUID bookingId, long revision) {
        return new PlacementClickRecorded(UUID.randomUUID(), Instant.now(), bookingId, Channel.RELATED_FEED, revision);
    }
}
