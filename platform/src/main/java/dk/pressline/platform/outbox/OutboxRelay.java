package dk.pressline.platform.outbox;

import dk.pressline.events.EventJson;
import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.platform.kafka.KafkaEventSender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final String TABLE_EXISTS = "select to_regclass('event_outbox') is not null";
    private static final String TRY_LOCK = "select pg_try_advisory_xact_lock('event_outbox'::regclass::oid::bigint)";
    private static final String OLDEST = """
            select position, event_type, payload::text as payload
            from event_outbox order by position limit ?""";
    private static final String DELETE = "delete from event_outbox where position = any(?)";

    /** Stopped after everything that may append events (web server, listeners) has stopped, so it can send theirs. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaEventSender sender;
    private final OutboxProperties properties;

    private final Object lifecycleMonitor = new Object();
    private volatile ScheduledExecutorService executor;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    private int failedAttempts;
    private volatile long retryNotBeforeNanos = System.nanoTime();

    public OutboxRelay(DataSource dataSource, KafkaEventSender sender, OutboxProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * Runs one pass on the calling thread: sends up to a batch of the oldest waiting events in order and removes them,
     * stopping at the first that cannot be sent, which stays with every later one for the next pass.
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
            }
            catch (RejectedExecutionException stopping) {
                wakeQueued.set(false);
            }
        }
    }

    private synchronized Pass pass() {
        Pass pass;
        try {
            pass = transactions.execute(status -> sendOldest());
        }
        catch (RuntimeException e) {
            recordFailure("Outbox relay could not read or update the event_outbox table", e);
            throw e;
        }
        if (pass.failure() != null) {
            recordFailure("Outbox relay could not send the event at position " + pass.failedPosition()
                    + "; it and every later event wait in the outbox", pass.failure());
        }
        else if (pass.lockTaken()) {
            recordSuccess();
        }
        return pass;
    }

    private Pass sendOldest() {
        if (!Boolean.TRUE.equals(jdbc.queryForObject(TRY_LOCK, Boolean.class))) {
            return new Pass(false, 0, false, null, null);
        }
        var rows = jdbc.query(OLDEST, (result, rowNumber) -> new Row(result.getLong("position"),
                result.getString("event_type"), result.getString("payload")), properties.batchSize());
        List<Long> sent = new ArrayList<>(rows.size());
        for (var row : rows) {
            try {
                sender.send(decode(row));
            }
            catch (RuntimeException e) {
                delete(sent);
                return new Pass(true, sent.size(), false, row.position(), e);
            }
            sent.add(row.position());
        }
        delete(sent);
        return new Pass(true, sent.size(), rows.size() == properties.batchSize(), null, null);
    }

    private static PresslineEvent decode(Row row) {
        var type = EventTypes.byName(row.eventType()).orElseThrow(() -> new IllegalStateException(
                "Outbox row " + row.position() + " holds event type " + row.eventType() + ", which this service does "
                        + "not know; it stays in the outbox, and holds back every later event, until a version that "
                        + "knows it runs"));
        return EventJson.fromBytes(row.payload().getBytes(StandardCharsets.UTF_8), type.javaType());
    }

    private void delete(List<Long> positions) {
        if (!positions.isEmpty()) {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(DELETE);
                statement.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
                return statement;
            });
        }
    }

    private void recordFailure(String warning, Exception e) {
        failedAttempts++;
        long interval = properties.pollInterval().toNanos();
        int doublings = Math.min(failedAttempts, Long.numberOfLeadingZeros(interval) - 1);
        retryNotBeforeNanos = System.nanoTime() + Math.min(interval << doublings, properties.maxBackoff().toNanos());
        if (failedAttempts == 1) {
            log.warn("{}; retrying at most {} apart", warning, properties.maxBackoff(), e);
        }
        else {
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
            }
            while (pass.batchFull() && executor != null);
        }
        catch (RuntimeException alreadyLogged) {
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
            started.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toNanos(), TimeUnit.NANOSECONDS);
            executor = started;
        }
    }

    private boolean outboxTableExists() {
        try {
            return Boolean.TRUE.equals(jdbc.queryForObject(TABLE_EXISTS, Boolean.class));
        }
        catch (DataAccessException e) {
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
        }
        catch (InterruptedException e) {
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

    private record Row(long position, String eventType, String payload) {
    }

    private record Pass(boolean lockTaken, int sent, boolean batchFull, Long failedPosition, RuntimeException failure) {
    }
}
