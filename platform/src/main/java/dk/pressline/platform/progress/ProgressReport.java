package dk.pressline.platform.progress;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record ProgressReport(long done, long total, double ratePerSecond, @Schema(nullable = true) Double secondsLeft,
        Instant startedAt, @Schema(nullable = true) Instant finishedAt) {

    /** Whole percent done, 100 for no work at all. */
    public int percent() {
        return total == 0 ? 100 : (int) (done * 100 / total);
    }
}
