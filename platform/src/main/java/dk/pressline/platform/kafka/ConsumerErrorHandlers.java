package dk.pressline.platform.kafka;

import java.time.Duration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** How Pressline's consumers treat a batch that fails. */
public final class ConsumerErrorHandlers {

    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private ConsumerErrorHandlers() {
    }

    /**
     * Tries a failed batch again, backing off to every 10 s, for as long as it takes, with the consumer paused: the
     * batch is held back, never skipped. For consumers that park bad records themselves, so that only an unreachable
     * database, search engine or broker can fail a batch. (The default gives up after ten quick tries and moves on,
     * losing the batch.)
     */
    public static DefaultErrorHandler retryUntilItSucceeds() {
        var backOff = new ExponentialBackOff(FIRST_RETRY.toMillis(), 2.0);
        backOff.setMaxInterval(LONGEST_WAIT.toMillis());
        return new DefaultErrorHandler(backOff);
    }
}
