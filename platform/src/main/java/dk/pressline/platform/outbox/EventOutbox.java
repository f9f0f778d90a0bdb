package dk.pressline.platform.outbox;

import dk.pressline.events.EventJson;
import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.platform.tracing.EventTracing;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a service puts the events of a state change, in the same database transaction as the change itself, so both
 * commit or neither does; the {@link OutboxRelay} sends them to Kafka after the commit.
 *
 * <p>Events of one aggregate reach Kafka in the order they were appended. Append after the write that changes the
 * aggregate (which takes its row lock or checks its version): then concurrent transactions on one aggregate append in
 * the order they commit.
 *
 * <p>Each event keeps the trace context of the span it was appended in (the HTTP request's, a consumer's), which the
 * relay continues when it sends the event, so one trace runs from the request through every service the event reaches.
 */
public class EventOutbox {

    private static final String INSERT = """
            insert into event_outbox (event_id, event_type, aggregate_id, payload, occurred_at, trace_parent, trace_state)
            values (?, ?, ?, ?::jsonb, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final TransactionSynchronization afterCommit;
    private final EventTracing tracing;

    /** An outbox whose events wait for the relay's next poll, and carry no trace. */
    public EventOutbox(DataSource dataSource) {
        this(dataSource, () -> {});
    }

    /** An outbox whose events carry no trace. */
    public EventOutbox(DataSource dataSource, Runnable afterCommit) {
        this(dataSource, afterCommit, EventTracing.OFF);
    }

    /**
     * An outbox that runs {@code afterCommit} once for each transaction that committed appended events.
     *
     * @param afterCommit typically {@link OutboxRelay#wake}, so the common case reaches Kafka without waiting for a poll
     * @param tracing where each appended event takes the current span's trace context from
     */
    public EventOutbox(DataSource dataSource, Runnable afterCommit, EventTracing tracing) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tracing = tracing;
        // Registered for every append; the transaction keeps registered synchronizations in a set, so it runs once.
        this.afterCommit = new TransactionSynchronization() {

            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        };
    }

    /**
     * Appends the event to the outbox within the surrounding transaction.
     *
     * @throws IllegalTransactionStateException when there is no surrounding transaction: the event would be stored
     *     whether or not the state change commits, the dual write the outbox exists to prevent
     * @throws org.springframework.dao.DuplicateKeyException when an event with the same id is already waiting
     */
    public void append(PresslineEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("EventOutbox.append needs a surrounding transaction, so that "
                    + "event " + event.eventId() + " commits together with the state change it describes: call it "
                    + "from a @Transactional method or inside a TransactionTemplate");
        }
        var type = EventTypes.of(event.getClass());
        var trace = tracing.current();
        try {
            jdbc.update(
                    INSERT,
                    event.eventId(),
                    type.name(),
                    event.aggregateId(),
                    new String(EventJson.toBytes(event), StandardCharsets.UTF_8),
                    event.occurredAt().atOffset(ZoneOffset.UTC),
                    trace.traceparent(),
                    trace.tracestate());
        } catch (BadSqlGrammarException e) {
            throw new IllegalStateException(
                    "Could not append event " + event.eventId() + " to the outbox: is "
                            + "classpath:db/outbox among spring.flyway.locations?",
                    e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(afterCommit);
        }
    }
}
