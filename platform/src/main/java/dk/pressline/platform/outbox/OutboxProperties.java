package dk.pressline.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service's outbox relay sends its events.
 *
 * @param enabled whether a service with a DataSource gets the outbox at all (true unless set)
 * @param pollInterval how often the relay looks for events that no local commit woke it for (50 ms unless set)
 * @param batchSize how many events the relay sends in one pass, under one lock (100 unless set)
 * @param maxBackoff the longest wait between attempts while events cannot be sent (2 s unless set)
 */
@ConfigurationProperties("pressline.outbox")
public record OutboxProperties(Boolean enabled, Duration pollInterval, Integer batchSize, Duration maxBackoff) {

    public OutboxProperties {
        enabled = enabled == null || enabled;
        pollInterval = pollInterval == null ? Duration.ofMillis(50) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pressline.outbox.poll-interval must be positive: " + pollInterval);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("pressline.outbox.batch-size must be at least 1: " + batchSize);
        }
        if (maxBackoff.compareTo(pollInterval) < 0) {
            throw new IllegalArgumentException(
                    "pressline.outbox.max-backoff must not be shorter than the poll interval: " + maxBackoff);
        }
    }

    /** The defaults, as a service that sets none of the properties gets them. */
    public static OutboxProperties defaults() {
        return new OutboxProperties(null, null, null, null);
    }
}
