package dk.pressline.servers;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A wait for something to become ready: it asks again every poll interval until one deadline, fails at once when what
 * it waits for is gone (a process that exited), and fails with the caller's own message when the time runs out. Every
 * wait of one instance shares its deadline, so a start in two steps (a port, then a cluster) keeps one timeout.
 */
public final class Readiness {

    private final Duration timeout;
    private final Duration pollInterval;
    private final long deadline;

    private Readiness(Duration timeout, Duration pollInterval) {
        this.timeout = timeout;
        this.pollInterval = pollInterval;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** A wait whose deadline is {@code timeout} from now. */
    public static Readiness within(Duration timeout, Duration pollInterval) {
        return new Readiness(timeout, pollInterval);
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Returns once {@code ready} holds. Until then, after every miss, {@code failIfGone} may throw to end the wait, and
     * past the deadline the exception {@code timedOut} supplies is thrown.
     */
    public void until(BooleanSupplier ready, Runnable failIfGone, Supplier<? extends RuntimeException> timedOut)
            throws InterruptedException {
        untilPresent(() -> ready.getAsBoolean() ? Optional.of(true) : Optional.empty(), failIfGone, timedOut);
    }

    /** As {@link #until}, for a check that yields what it found ready (an address, a lease). */
    public <T> T untilPresent(
            Supplier<Optional<T>> attempt, Runnable failIfGone, Supplier<? extends RuntimeException> timedOut)
            throws InterruptedException {
        while (true) {
            Optional<T> found = attempt.get();
            if (found.isPresent()) {
                return found.get();
            }
            failIfGone.run();
            if (System.nanoTime() - deadline > 0) {
                throw timedOut.get();
            }
            Thread.sleep(pollInterval);
        }
    }
}
