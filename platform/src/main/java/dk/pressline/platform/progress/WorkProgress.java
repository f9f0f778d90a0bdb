package dk.pressline.platform.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * How far a long piece of work in this process (an index rebuild) has got, for the log, a metric and an admin endpoint
 * alike: done of total, the rate so far and the time left at that rate. Safe to count from several threads; logs a line
 * at most once per interval, from whichever thread counts past it. Work counted elsewhere (in a database) reports with
 * {@link ProgressReport#of}.
 */
public final class WorkProgress {

    private final String work;
    private final String unit;
    private final Clock clock;
    private final Instant startedAt;
    private final Logger log;
    private final long logIntervalNanos;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextLogNanos;
    private volatile Instant finishedAt;

    private WorkProgress(String work, String unit, long total, Logger log, Duration logInterval, Clock clock) {
        this.work = work;
        this.unit = unit;
        this.clock = clock;
        this.log = log;
        this.logIntervalNanos = logInterval.toNanos();
        this.startedAt = clock.instant();
        this.nextLogNanos = new AtomicLong(System.nanoTime() + logIntervalNanos);
        this.total.set(total);
    }

    /**
     * @param work what is being done, for the log ("Rebuild of content")
     * @param unit what is counted, plural ("records")
     */
    public static WorkProgress start(String work, String unit, long total, Logger log, Duration logInterval) {
        return new WorkProgress(work, unit, total, log, logInterval, Clock.systemUTC());
    }

    /** Counts more work done, and logs the progress when the interval has passed since the last line. */
    public void add(long count) {
        done.addAndGet(count);
        long now = System.nanoTime();
        long next = nextLogNanos.get();
        if (now >= next && nextLogNanos.compareAndSet(next, now + logIntervalNanos)) {
            log.info("{}", this);
        }
    }

    /** More work turned up while this ran (events that arrived meanwhile, say). */
    public void addToTotal(long count) {
        total.addAndGet(count);
    }

    /** The work is over; the report keeps its figures and stops the clock. */
    public void finish() {
        finishedAt = clock.instant();
        log.info("{}", this);
    }

    /** The work ended before it was done (it failed); the report keeps how far it got. */
    public void stop() {
        finishedAt = clock.instant();
        log.warn("{}, stopped", this);
    }

    public ProgressReport report() {
        return ProgressReport.of(done.get(), total.get(), startedAt, finishedAt, clock.instant());
    }

    @Override
    public String toString() {
        return report().describe(work, unit);
    }
}
