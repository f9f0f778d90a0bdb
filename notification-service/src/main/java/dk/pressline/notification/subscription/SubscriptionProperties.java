package dk.pressline.notification.subscription;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notification-service signs the links in its mails, keeps suppressed addresses and limits sign-ups.
 *
 * @param linkSecret HMAC key of the signed links in mails (confirmation, preferences, unsubscribe); at least 32
 *     characters, never in the repository. Changing it invalidates every link already sent.
 * @param suppressionKey HMAC key under which suppressed addresses are hashed; at least 32 characters. Changing it
 *     forgets every suppression, so it is kept apart from the link secret
 * @param confirmLinkTtl how long a confirmation link works
 * @param manageLinkTtl how long a preferences or unsubscribe link works
 * @param linkPaths where on the site ({@code pressline.site-url}) the links in mails lead; this service's own
 *     endpoints, which the gateway routes, unless set, e.g. to the website's pages
 * @param signUp how often a sign-up may mail, and how long an unconfirmed one is kept
 */
@ConfigurationProperties("pressline.notifications")
public record SubscriptionProperties(
        String linkSecret,
        String suppressionKey,
        Duration confirmLinkTtl,
        Duration manageLinkTtl,
        LinkPaths linkPaths,
        SignUp signUp) {

    /** The shortest link secret, suppression key or bounce secret accepted. */
    public static final int MINIMUM_SECRET_LENGTH = 32;

    public SubscriptionProperties {
        requireSecret("link-secret", linkSecret);
        requireSecret("suppression-key", suppressionKey);
        Objects.requireNonNull(confirmLinkTtl, "pressline.notifications.confirm-link-ttl");
        Objects.requireNonNull(manageLinkTtl, "pressline.notifications.manage-link-ttl");
        linkPaths = linkPaths == null ? new LinkPaths(null, null, null) : linkPaths;
        Objects.requireNonNull(signUp, "pressline.notifications.sign-up");
        if (!signUp.unconfirmedRetention().minus(confirmLinkTtl).isPositive()) {
            throw new IllegalArgumentException("pressline.notifications.sign-up.unconfirmed-retention must be longer "
                    + "than confirm-link-ttl, or a sign-up is purged while its link still works");
        }
    }

    /**
     * Refuses a secret of {@code pressline.notifications.<name>} that is unset or shorter than
     * {@link #MINIMUM_SECRET_LENGTH}, naming the environment variable that sets it.
     */
    public static void requireSecret(String name, String value) {
        if (value == null || value.length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalArgumentException("pressline.notifications." + name + " must be set to a secret of at "
                    + "least " + MINIMUM_SECRET_LENGTH + " characters (e.g. PRESSLINE_NOTIFICATIONS_"
                    + name.toUpperCase().replace('-', '_') + ")");
        }
    }

    /**
     * The paths of the pages a mail's links open, each given the signed token as {@code ?token=}. A POST to the
     * unsubscribe path must unsubscribe (RFC 8058 one-click), wherever it points.
     */
    public record LinkPaths(String confirm, String preferences, String unsubscribe) {

        private static final String API = "/api/subscriptions";

        public LinkPaths {
            confirm = confirm == null || confirm.isBlank() ? API + "/confirm" : confirm;
            preferences = preferences == null || preferences.isBlank() ? API + "/preferences" : preferences;
            unsubscribe = unsubscribe == null || unsubscribe.isBlank() ? API + "/unsubscribe" : unsubscribe;
        }
    }

    /**
     * The limits on sign-ups, each a token bucket of {@code count} tokens refilled evenly over {@code period}, kept in
     * the database so they hold across instances; a sign-up takes one token of each, in this order, and is refused
     * with 429 when one is empty.
     *
     * @param perClient sign-ups from one client address (an IPv6 address counts by its /64)
     * @param perMailbox sign-ups for one mailbox: lower case, without a {@code +tag}, and for Gmail without dots
     * @param allClients sign-ups from everyone together: the ceiling on confirmation mails
     * @param unconfirmedRetention how long an unconfirmed sign-up (and its consent row) is kept
     * @param purgeInterval how often unconfirmed sign-ups older than that are purged
     */
    public record SignUp(
            Limit perClient,
            Limit perMailbox,
            Limit allClients,
            Duration unconfirmedRetention,
            Duration purgeInterval) {

        public SignUp {
            Objects.requireNonNull(perClient, "pressline.notifications.sign-up.per-client");
            Objects.requireNonNull(perMailbox, "pressline.notifications.sign-up.per-mailbox");
            Objects.requireNonNull(allClients, "pressline.notifications.sign-up.all-clients");
            Objects.requireNonNull(unconfirmedRetention, "pressline.notifications.sign-up.unconfirmed-retention");
            Objects.requireNonNull(purgeInterval, "pressline.notifications.sign-up.purge-interval");
        }
    }

    /** At most {@code count} at once, one more each {@code period / count}. */
    public record Limit(int count, Duration period) {

        public Limit {
            if (count < 1 || period == null || !period.isPositive()) {
                throw new IllegalArgumentException("A sign-up limit needs a count of at least 1 and a positive period");
            }
        }
    }
}
