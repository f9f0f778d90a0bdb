package dk.pressline.platform.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * How far a long piece of work (an index rebuild, a newsletter edition) has got, for the log, a metric and an admin
 * endpoint alike: done of total, the rate so far and the time left at that rate. Safe to count from several threads;
 * logs a line at most once per interval, from whichever thread counts past it.
 */
public final class WorkProgress {

    private final String work;
    private final String unit;
    private final Clock clock;
    private final Instant startedAt;
    private final long startedNanos;
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
        this.startedNanos = System.nanoTime();
        this.nextLogNanos = new AtomicLong(startedNanos + logIntervalNanos);
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
        long doneNow = done.get();
        long totalNow = Math.max(total.get(), doneNow);
        double seconds = Math.max((System.nanoTime() - startedNanos) / 1e9, 1e-3);
        double rate = doneNow / seconds;
        Double secondsLeft;
        if (finishedAt != null) {
            secondsLeft = totalNow == doneNow ? Double.valueOf(0) : null;
        }
        else {
            secondsLeft = rate > 0 ? Double.valueOf((totalNow - doneNow) / rate) : null;
        }
        return new ProgressReport(doneNow, totalNow, rate, secondsLeft, startedAt, finishedAt);
    }

    @Override
    public String toString() {
        var report = report();
        var text = new StringBuilder("%s: %,d of %,d %s (%d%%), %,.0f/s".formatted(work, report.done(),
                report.total(), unit, report.percent(), report.ratePerSecond()));
        if (report.finishedAt() != null) {
            var seconds = Duration.between(report.startedAt(), report.finishedAt()).toMillis() / 1e3;
            text.append((report.done() == report.total() ? ", done in %,.1f s" : ", after %,.1f s").formatted(seconds));
        }
        else if (report.secondsLeft() != null) {
            text.append(", about %,.0f s left".formatted(report.secondsLeft()));
        }
        return text.toString();
    }
}
