package dk.pressline.platform.outbox;

import dk.pressline.events.EventJson;
import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.KafkaEventSender.EventRefusedException;
import dk.pressline.platform.tracing.CarriedTrace;
import dk.pressline.platform.tracing.EventTracing;
import io.micrometer.tracing.Span;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the events waiting in the outbox to Kafka, oldest first, one at a time, each removed once the broker has
 * acknowledged it: an event is never lost, and one sent again after a crash carries the same event id.
 *
 * <p>An event Kafka refuses for good ({@link EventRefusedException}: too large, invalid) is parked instead: moved to
 * {@code event_outbox_parked} in the transaction that would have deleted it, logged at ERROR once, and the relay goes
 * on with the next event. Later events of the same aggregate are sent too, not held back or parked behind it: the
 * parked one can never be sent as it is, each of them carries the aggregate's newest state, which is what consumers
 * need, and a retraction must reach them. The gap stays visible: the parked row records the first event that
 * overtook it, and {@link ParkedEvents} will not send an overtaken event of a compacted topic again. Every other
 * failure (a broker away, a timeout, a topic not there yet) stops the pass at that event, as before.
 *
 * <p>Sent rows are deleted rather than marked: the table then holds only the backlog, so the relay's ordered read and
 * the health count stay cheap without a cleanup job, and the topic itself is the history.
 *
 * <p>Each pass takes a transaction-level advisory lock ({@code pg_try_advisory_xact_lock}) rather than row locks with
 * {@code SKIP LOCKED}: one sender at a time keeps the whole outbox in position order, where {@code SKIP LOCKED} would
 * let a second instance send an aggregate's later event while the first still holds its earlier one, and PostgreSQL
 * drops the lock itself at commit, rollback or a lost connection, so a crashed instance never blocks the others.
 *
 * <p>Runs on a thread of its own every poll interval, right after a local commit appended events ({@link #wake}), and
 * at once again while a pass filled its batch. While events cannot be sent it waits longer between attempts, up to the
 * configured maximum, and warns once per outage.
 *
 * <p>Each event is sent in a span of the trace it was appended in, so the record carries that trace on to its
 * consumers.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final String TABLE_EXISTS = "select to_regclass('event_outbox') is not null";
    private static final String TRY_LOCK = "select pg_try_advisory_xact_lock('event_outbox'::regclass::oid::bigint)";
    private static final String OLDEST = """
            select position, event_id, event_type, aggregate_id, payload::text as payload, trace_parent, trace_state
            from event_outbox order by position limit ?""";
    private static final String DELETE = "delete from event_outbox where position = any(?)";
    private static final String PARK = """
            insert into event_outbox_parked
                (position, event_id, event_type, aggregate_id, payload, occurred_at, appended_at, trace_parent,
                 trace_state, reason)
            select position, event_id, event_type, aggregate_id, payload, occurred_at, appended_at, trace_parent,
                   trace_state, ?
            from event_outbox where position = ?""";
    /** Marks each parked event that one of the events just sent overtook with the first such event. */
    private static final String MARK_OVERTAKEN = """
            update event_outbox_parked parked set overtaken_by = first_later.event_id
            from (select distinct on (earlier.position) earlier.position, sent.event_id
                  from event_outbox_parked earlier
                  join unnest(?::text[], ?::bigint[], ?::uuid[]) as sent(aggregate_id, position, event_id)
                    on sent.aggregate_id = earlier.aggregate_id and sent.position > earlier.position
                  where earlier.overtaken_by is null
                  order by earlier.position, sent.position) first_later
            where parked.position = first_later.position""";

    /** Stopped after everything that may append events (web server, listeners) has stopped, so it can send theirs. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaEventSender sender;
    private final OutboxProperties properties;
    private final EventTracing tracing;

    private final Object lifecycleMonitor = new Object();
    private volatile ScheduledExecutorService executor;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    private int failedAttempts;
    private volatile long retryNotBeforeNanos = System.nanoTime();

    public OutboxRelay(DataSource dataSource, KafkaEventSender sender, OutboxProperties properties) {
        this(dataSource, sender, properties, EventTracing.OFF);
    }

    public OutboxRelay(
            DataSource dataSource, KafkaEventSender sender, OutboxProperties properties, EventTracing tracing) {
        this.tracing = tracing;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * Runs one pass on the calling thread: sends up to a batch of the oldest waiting events in order and removes them,
     * parking those Kafka refuses for good, and stopping at the first that cannot be sent now, which stays with every
     * later one for the next pass.
     *
     * @return how many events the broker acknowledged; 0 too while another instance holds the outbox
     */
    public int relayPending() {
        return pass().sent();
    }

    /** Asks for a pass as soon as possible, unless the relay is waiting out an outage; never blocks. */
    public void wake() {
        var running = executor;
        if (running != null && wakeQueued.compareAndSet(false, true)) {
            try {
                running.execute(this::poll);
            } catch (RejectedExecutionException stopping) {
                wakeQueued.set(false);
            }
        }
    }

    private synchronized Pass pass() {
        Pass pass;
        try {
            pass = transactions.execute(status -> sendOldest());
        } catch (RuntimeException e) {
            recordFailure("Outbox relay could not read or update the event_outbox table", e);
            throw e;
        }
        pass.parked()
                .forEach(parked -> log.error(
                        "Outbox relay parked event {} ({}, aggregate {}, position {}) in "
                                + "event_outbox_parked and goes on with the later events: {}",
                        parked.row().eventId(),
                        parked.row().eventType(),
                        parked.row().aggregateId(),
                        parked.row().position(),
                        parked.reason()));
        if (pass.failure() != null) {
            recordFailure(
                    "Outbox relay could not send the event at position " + pass.failedPosition()
                            + "; it and every later event wait in the outbox",
                    pass.failure());
        } else if (pass.lockTaken()) {
            recordSuccess();
        }
        return pass;
    }

    private Pass sendOldest() {
        if (!Boolean.TRUE.equals(jdbc.queryForObject(TRY_LOCK, Boolean.class))) {
            return new Pass(false, 0, false, List.of(), null, null);
        }
        var rows = jdbc.query(
                OLDEST,
                (result, rowNumber) -> new Row(
                        result.getLong("position"),
                        result.getObject("event_id", UUID.class),
                        result.getString("event_type"),
                        result.getString("aggregate_id"),
                        result.getString("payload"),
                        new CarriedTrace(result.getString("trace_parent"), result.getString("trace_state"))),
                properties.batchSize());
        List<Row> sent = new ArrayList<>(rows.size());
        List<Parked> parked = new ArrayList<>();
        for (var row : rows) {
            try {
                tracing.run(row.trace(), "send " + row.eventType(), Span.Kind.PRODUCER, () -> sender.send(decode(row)));
                sent.add(row);
            } catch (EventRefusedException refused) {
                jdbc.update(PARK, refused.reason(), row.position());
                parked.add(new Parked(row, refused.reason()));
            } catch (RuntimeException e) {
                forget(sent, parked);
                return new Pass(true, sent.size(), false, parked, row.position(), e);
            }
        }
        forget(sent, parked);
        return new Pass(true, sent.size(), rows.size() == properties.batchSize(), parked, null, null);
    }

    /** Deletes what was sent or parked, and marks the parked events that a later event of their aggregate overtook. */
    private void forget(List<Row> sent, List<Parked> parked) {
        List<Long> positions = new ArrayList<>(sent.size() + parked.size());
        sent.forEach(row -> positions.add(row.position()));
        parked.forEach(moved -> positions.add(moved.row().position()));
        if (positions.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(DELETE);
            statement.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
            return statement;
        });
        if (!sent.isEmpty()) {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(MARK_OVERTAKEN);
                statement.setArray(
                        1,
                        connection.createArrayOf(
                                "text", sent.stream().map(Row::aggregateId).toArray()));
                statement.setArray(
                        2,
                        connection.createArrayOf(
                                "bigint", sent.stream().map(Row::position).toArray()));
                statement.setArray(
                        3,
                        connection.createArrayOf(
                                "uuid", sent.stream().map(Row::eventId).toArray()));
                return statement;
            });
        }
    }

    private static PresslineEvent decode(Row row) {
        var type = EventTypes.byName(row.eventType())
                .orElseThrow(() -> new IllegalStateException("Outbox row " + row.position() + " holds event type "
                        + row.eventType() + ", which this service does "
                        + "not know; it stays in the outbox, and holds back every later event, until a version that "
                        + "knows it runs"));
        return EventJson.fromBytes(row.payload().getBytes(StandardCharsets.UTF_8), type.javaType());
    }

    private void recordFailure(String warning, Exception e) {
        failedAttempts++;
        long interval = properties.pollInterval().toNanos();
        int doublings = Math.min(failedAttempts, Long.numberOfLeadingZeros(interval) - 1);
        retryNotBeforeNanos = System.nanoTime()
                + Math.min(interval << doublings, properties.maxBackoff().toNanos());
        if (failedAttempts == 1) {
            log.warn("{}; retrying at most {} apart", warning, properties.maxBackoff(), e);
        } else {
            log.debug("Outbox relay attempt {} failed: {}", failedAttempts, e.toString());
        }
    }

    private void recordSuccess() {
        if (failedAttempts > 0) {
            log.info("Outbox relay is sending again after {} failed attempts", failedAttempts);
            failedAttempts = 0;
        }
    }

    private void poll() {
        wakeQueued.set(false);
        if (System.nanoTime() - retryNotBeforeNanos < 0) {
            return;
        }
        try {
            Pass pass;
            do {
                pass = pass();
            } while (pass.batchFull() && executor != null);
        } catch (RuntimeException alreadyLogged) {
            // pass() has recorded it and set the backoff; the next poll tries again.
        }
    }

    @Override
    public void start() {
        synchronized (lifecycleMonitor) {
            if (executor != null) {
                return;
            }
            if (!outboxTableExists()) {
                log.info("No event_outbox table, so no outbox relay: a service that appends events adds "
                        + "classpath:db/outbox to spring.flyway.locations");
                return;
            }
            var started = Executors.newSingleThreadScheduledExecutor(task -> {
                var thread = new Thread(task, "outbox-relay");
                thread.setDaemon(true);
                return thread;
            });
            started.scheduleWithFixedDelay(
                    this::poll, 0, properties.pollInterval().toNanos(), TimeUnit.NANOSECONDS);
            executor = started;
        }
    }

    private boolean outboxTableExists() {
        try {
            return Boolean.TRUE.equals(jdbc.queryForObject(TABLE_EXISTS, Boolean.class));
        } catch (DataAccessException e) {
            log.warn("Could not look for the event_outbox table; starting the outbox relay, which retries", e);
            return true;
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (lifecycleMonitor) {
            stopping = executor;
            executor = null;
        }
        if (stopping == null) {
            return;
        }
        // A last pass sends what was committed since the previous one (skipped while waiting out an outage).
        stopping.execute(this::poll);
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Outbox relay did not finish its pass within {}; interrupting it", STOP_TIMEOUT);
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private record Row(
            long position, UUID eventId, String eventType, String aggregateId, String payload, CarriedTrace trace) {}

    private record Parked(Row row, String reason) {}

    private record Pass(
            boolean lockTaken,
            int sent,
            boolean batchFull,
            List<Parked> parked,
            Long failedPosition,
            RuntimeException failure) {}
}
