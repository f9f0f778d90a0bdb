package dk.pressline.platform.outbox;

import dk.pressline.events.EventJson;
import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
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
 */
public class EventOutbox {

    private static final String INSERT = """
            insert into event_outbox (event_id, event_type, aggregate_id, payload, occurred_at)
            values (?, ?, ?, ?::jsonb, ?)""";

    private final JdbcTemplate jdbc;
    private final TransactionSynchronization afterCommit;

    /** An outbox whose events wait for the relay's next poll. */
    public EventOutbox(DataSource dataSource) {
        this(dataSource, () -> { });
    }

    /**
     * An outbox that runs {@code afterCommit} once for each transaction that committed appended events.
     *
     * @param afterCommit typically {@link OutboxRelay#wake}, so the common case reaches Kafka without waiting for a poll
     */
    public EventOutbox(DataSource dataSource, Runnable afterCommit) {
        this.jdbc = new JdbcTemplate(dataSource);
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
        try {
            jdbc.update(INSERT, event.eventId(), type.name(), event.aggregateId(),
                    new String(EventJson.toBytes(event), StandardCharsets.UTF_8),
                    event.occurredAt().atOffset(ZoneOffset.UTC));
        }
        catch (BadSqlGrammarException e) {
            throw new IllegalStateException("Could not append event " + event.eventId() + " to the outbox: is "
                    + "classpath:db/outbox among spring.flyway.locations?", e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(afterCommit);
        }
    }
}
