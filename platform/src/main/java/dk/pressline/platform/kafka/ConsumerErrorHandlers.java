package dk.pressline.platform.kafka;

import java.time.Duration;
import java.util.Map;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/** How Pressline's consumers treat a batch that fails. */
public final class ConsumerErrorHandlers {

    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private ConsumerErrorHandlers() {}

    /**
     * Tries a failed batch again, backing off to every 10 s, for as long as it takes, with the consumer paused: the
     * batch is held back, never skipped. For consumers that park bad records themselves, so that only an unreachable
     * database, search engine or broker can fail a batch. (The default gives up after ten quick tries and moves on,
     * losing the batch.)
     */
    public static DefaultErrorHandler retryUntilItSucceeds() {
        var handler = new DefaultErrorHandler(backOffToTenSeconds());
        // Spring Kafka gives up at once on some exceptions (a ClassCastException, a failed conversion) and commits
        // past the batch; here they are retried like any other, so no record is passed over.
        handler.setClassifications(Map.of(), true);
        return handler;
    }

    /**
     * Tries a failed record again as {@link #retryUntilItSucceeds()} does, for every exception but one: a record that
     * failed with {@code unhandleable} (somewhere in its causes) can never be handled and goes to {@code park} at once,
     * e.g. a dead-letter topic, and the consumer goes on. Everything else is retried for as long as it takes, also the
     * exceptions Spring Kafka otherwise gives up on at once (a {@code ClassCastException}, a failed conversion), so no
     * record is passed over without being parked. If parking fails, the record is tried again.
     */
    public static DefaultErrorHandler retryUntilItSucceeds(
            ConsumerRecordRecoverer park, Class<? extends Exception> unhandleable) {
        var handler = new DefaultErrorHandler(park, backOffToTenSeconds());
        handler.setClassifications(Map.of(unhandleable, false), true);
        return handler;
    }

    private static BackOff backOffToTenSeconds() {
        var backOff = new ExponentialBackOff(FIRST_RETRY.toMillis(), 2.0);
        backOff.setMaxInterval(LONGEST_WAIT.toMillis());
        return backOff;
    }
}
