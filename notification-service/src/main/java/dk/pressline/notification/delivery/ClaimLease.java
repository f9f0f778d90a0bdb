package dk.pressline.notification.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a claim on a mail keeps other senders away while the mail is not marked sent. It has to outlast what a
 * sender takes over one batch, or an instance a partition moved to could take over the claims of a sender still at
 * work and send those mails too; the longer it is, the longer a mail whose sender died waits to be sent.
 */
public record ClaimLease(Duration duration) {

    private static final Duration SHORTEST = Duration.ofMinutes(1);
    private static final int MARGIN = 4;

    public ClaimLease {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A claim lease must be positive: " + duration);
        }
    }

    /**
     * Four times what a batch of {@code batchSize} mails takes when {@code threads} sending threads share
     * {@code mailsPerSecond}, and at least a minute.
     */
    public static ClaimLease forBatches(int batchSize, int threads, int mailsPerSecond) {
        var batch = Duration.ofMillis(1000L * batchSize * threads / mailsPerSecond);
        var lease = batch.multipliedBy(MARGIN);
        return new ClaimLease(lease.compareTo(SHORTEST) < 0 ? SHORTEST : lease);
    }
}
