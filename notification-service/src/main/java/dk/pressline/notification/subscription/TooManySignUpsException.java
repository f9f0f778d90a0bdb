package dk.pressline.notification.subscription;

import java.time.Duration;

/** A sign-up refused by one of the {@link SignUpLimits}; {@code retryAfter} is when that limit admits one again. */
public class TooManySignUpsException extends RuntimeException {

    private final Limit limit;
    private final Duration retryAfter;

    public TooManySignUpsException(Limit limit, Duration retryAfter) {
        super("Too many sign-ups " + limit.description + "; try again in " + retryAfter.toSeconds() + " s");
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Limit limit() {
        return limit;
    }

    /** Whole seconds, rounded up, as {@code Retry-After} takes them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.plusNanos(999_999_999).toSeconds());
    }

    /** The limits, each with the key of its buckets and the words a refusal uses. */
    public enum Limit {
        PER_CLIENT("client", "from this client address"),
        PER_MAILBOX("mailbox", "for this mailbox"),
        ALL_CLIENTS("all-clients", "from all clients together");

        private final String key;
        private final String description;

        Limit(String key, String description) {
            this.key = key;
            this.description = description;
        }

        String key() {
            return key;
        }
    }
}
