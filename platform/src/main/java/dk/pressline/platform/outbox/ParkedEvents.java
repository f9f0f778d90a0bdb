package dk.pressline.platform.outbox;

import dk.pressline.events.EventTypes;
import dk.pressline.events.Topic;
import dk.pressline.platform.web.ConflictException;
import dk.pressline.platform.web.NotFoundException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events the outbox relay parked because Kafka refused them for good: for an operator to list, to send again once
 * the cause is fixed (the topic takes larger messages, say), or to discard once the aggregate's newer state went out.
 */
public class ParkedEvents {

    private static final String COLUMNS = """
            position, event_id, event_type, aggregate_id, occurred_at, parked_at, reason, overtaken_by,
            octet_length(payload::text) as payload_bytes""";
    private static final String COUNT = "select count(*) from event_outbox_parked";
    private static final String PAGE =
            "select " + COLUMNS + " from event_outbox_parked order by position limit ? offset ?";
    private static final String ONE = "select " + COLUMNS + " from event_outbox_parked where position = ?";
    private static final String PAYLOAD = "select payload::text from event_outbox_parked where position = ?";
    /** The relay's lock: a resend waits for a pass in progress, so an event that pass sends is seen as overtaking. */
    private static final String LOCK_RELAY = "select pg_advisory_xact_lock('event_outbox'::regclass::oid::bigint)";

    private static final String RETURN_TO_OUTBOX = """
            insert into event_outbox (position, event_id, event_type, aggregate_id, payload, occurred_at, appended_at,
                                      trace_parent, trace_state)
            select position, event_id, event_type, aggregate_id, payload, occurred_at, appended_at, trace_parent,
                   trace_state
            from event_outbox_parked where position = ?""";
    private static final String DELETE = "delete from event_outbox_parked where position = ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Runnable afterResend;

    /**
     * @param afterResend typically {@link OutboxRelay#wake}, so a resent event goes out without waiting for a poll
     */
    public ParkedEvents(DataSource dataSource, Runnable afterResend) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.afterResend = afterResend;
    }

    public long count() {
        return jdbc.queryForObject(COUNT, Long.class);
    }

    /** The parked events, oldest position first. */
    public PageOf<ParkedEvent> list(PageQuery page) {
        var items = jdbc.query(PAGE, ParkedEvents::parkedEvent, page.size(), page.offset());
        return PageOf.of(items, page, count());
    }

    private Optional<ParkedEvent> find(long position) {
        return jdbc.query(ONE, ParkedEvents::parkedEvent, position).stream().findFirst();
    }

    /** The event's JSON body, as it was appended. */
    public Optional<String> payload(long position) {
        return jdbc.queryForList(PAYLOAD, String.class, position).stream().findFirst();
    }

    /**
     * Puts the event back into the outbox at its old position, so the relay sends it next, ahead of every event
     * appended since.
     *
     * @throws NotFoundException when no event is parked at that position
     * @throws ConflictException when the event belongs on a compacted topic and a later event of its aggregate went
     *     out after it was parked: sent now, the older state would become the aggregate's latest on the topic
     */
    public ParkedEvent resend(long position) {
        var resent = transactions.execute(status -> {
            jdbc.queryForObject(LOCK_RELAY, Object.class);
            var parked = find(position).orElseThrow(() -> notFound(position));
            if (parked.overtakenBy() != null && carriesState(parked)) {
                throw new ConflictException("Event " + parked.eventId() + " (" + parked.eventType() + ") of aggregate "
                        + parked.aggregateId() + " was overtaken by event " + parked.overtakenBy() + ", sent after it "
                        + "was parked. Its topic keeps the latest event of each aggregate, so sending this older one "
                        + "now would replace the newer state there. Discard it instead.");
            }
            jdbc.update(RETURN_TO_OUTBOX, position);
            jdbc.update(DELETE, position);
            return parked;
        });
        afterResend.run();
        return resent;
    }

    /**
     * Removes the parked event for good.
     *
     * @throws NotFoundException when no event is parked at that position
     */
    public void discard(long position) {
        if (jdbc.update(DELETE, position) == 0) {
            throw notFound(position);
        }
    }

    private static boolean carriesState(ParkedEvent parked) {
        return EventTypes.byName(parked.eventType())
                .map(type -> type.topic().cleanupPolicy() == Topic.CleanupPolicy.COMPACT)
                .orElse(true);
    }

    private static NotFoundException notFound(long position) {
        return new NotFoundException("A parked event at position " + position);
    }

    private static ParkedEvent parkedEvent(ResultSet result, int rowNumber) throws SQLException {
        return new ParkedEvent(
                result.getLong("position"),
                result.getObject("event_id", UUID.class),
                result.getString("event_type"),
                result.getString("aggregate_id"),
                result.getTimestamp("occurred_at").toInstant(),
                result.getTimestamp("parked_at").toInstant(),
                result.getString("reason"),
                result.getObject("overtaken_by", UUID.class),
                result.getInt("payload_bytes"));
    }
}
