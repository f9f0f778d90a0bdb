package dk.pressline.platform.progress;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;

/**
 * How far a long piece of work has got.
 *
 * @param done units of work done
 * @param total units of work known so far (never less than done)
 * @param ratePerSecond units done per second since it started
 * @param secondsLeft the time left at that rate: 0 once done, null before anything is done or after it stopped
 * @param finishedAt when it finished, or null while it runs
 */
public record ProgressReport(
        long done,
        long total,
        double ratePerSecond,
        @Schema(nullable = true) Double secondsLeft,
        Instant startedAt,
        @Schema(nullable = true) Instant finishedAt) {

    /**
     * The report of work that started at {@code startedAt} and, seen at {@code now}, has done {@code done} of
     * {@code total}: the rate since it started, and the time left at that rate.
     *
     * @param finishedAt when it ended, or null while it runs
     */
    public static ProgressReport of(long done, long total, Instant startedAt, Instant finishedAt, Instant now) {
        long knownTotal = Math.max(total, done);
        var end = finishedAt != null ? finishedAt : now;
        double seconds = Math.max(Duration.between(startedAt, end).toNanos() / 1e9, 1e-3);
        double rate = done / seconds;
        Double secondsLeft;
        if (finishedAt != null) {
            secondsLeft = knownTotal == done ? Double.valueOf(0) : null;
        } else {
            secondsLeft = rate > 0 ? Double.valueOf((knownTotal - done) / rate) : null;
        }
        return new ProgressReport(done, knownTotal, rate, secondsLeft, startedAt, finishedAt);
    }

    /** Whole percent done, 100 for no work at all. */
    public int percent() {
        return total == 0 ? 100 : (int) (done * 100 / total);
    }

    /** One line for the log: "Rebuild of content: 1,200 of 5,000 records (24%), 400/s, about 10 s left". */
    public String describe(String work, String unit) {
        var text = new StringBuilder(
                "%s: %,d of %,d %s (%d%%), %,.0f/s".formatted(work, done, total, unit, percent(), ratePerSecond));
        if (finishedAt != null) {
            var seconds = Duration.between(startedAt, finishedAt).toMillis() / 1e3;
            text.append((done == total ? ", done in %,.1f s" : ", after %,.1f s").formatted(seconds));
        } else if (secondsLeft != null) {
            text.append(", about %,.0f s left".formatted(secondsLeft));
        }
        return text.toString();
    }
}
