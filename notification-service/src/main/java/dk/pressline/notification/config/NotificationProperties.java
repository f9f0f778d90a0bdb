package dk.pressline.notification.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notification-service signs its links, whom its mail comes from, how fast it sends and when the newsletter goes
 * out.
 *
 * @param linkSecret HMAC key of the signed links in mails (confirmation, preferences, unsubscribe); at least 32
 *     characters, never in the repository. Changing it invalidates every link already sent.
 * @param suppressionKey HMAC key under which suppressed addresses are hashed; at least 32 characters. Changing it
 *     forgets every suppression, so it is kept apart from the link secret
 * @param bounceSecret what a bounce report must carry in the {@code X-Bounce-Secret} header
 * @param confirmLinkTtl how long a confirmation link works
 * @param manageLinkTtl how long a preferences or unsubscribe link works
 * @param sendRatePerSecond most mails one instance hands to SMTP per second
 * @param alertMaxAge an article first published longer ago than this is not alerted (a replay of the topic)
 * @param retry how a mail the SMTP server does not take is retried before it is parked on the dead-letter topic
 * @param claimLease how long a claim on a mail keeps other senders away while the mail is not marked sent; unset, it
 *     is derived from what a batch takes at the send rate
 * @param linkPaths where on the site ({@code pressline.site-url}) the links in mails lead; this service's own
 *     endpoints, which the gateway routes, unless set, e.g. to the website's pages
 * @param signUp how often a sign-up may mail, and how long an unconfirmed one is kept
 */
@ConfigurationProperties("pressline.notifications")
public record NotificationProperties(
        String linkSecret,
        String suppressionKey,
        String bounceSecret,
        Sender sender,
        Duration confirmLinkTtl,
        Duration manageLinkTtl,
        int sendRatePerSecond,
        Duration alertMaxAge,
        Retry retry,
        Duration claimLease,
        Newsletter newsletter,
        LinkPaths linkPaths,
        SignUp signUp) {

    private static final int MINIMUM_SECRET_LENGTH = 32;

    public NotificationProperties {
        requireSecret("link-secret", linkSecret);
        requireSecret("suppression-key", suppressionKey);
        requireSecret("bounce-secret", bounceSecret);
        Objects.requireNonNull(sender, "pressline.notifications.sender");
        Objects.requireNonNull(newsletter, "pressline.notifications.newsletter");
        Objects.requireNonNull(retry, "pressline.notifications.retry");
        Objects.requireNonNull(confirmLinkTtl, "pressline.notifications.confirm-link-ttl");
        Objects.requireNonNull(manageLinkTtl, "pressline.notifications.manage-link-ttl");
        Objects.requireNonNull(alertMaxAge, "pressline.notifications.alert-max-age");
        linkPaths = linkPaths == null ? new LinkPaths(null, null, null) : linkPaths;
        Objects.requireNonNull(signUp, "pressline.notifications.sign-up");
        if (!signUp.unconfirmedRetention().minus(confirmLinkTtl).isPositive()) {
            throw new IllegalArgumentException("pressline.notifications.sign-up.unconfirmed-retention must be longer "
                    + "than confirm-link-ttl, or a sign-up is purged while its link still works");
        }
        if (claimLease != null && (claimLease.isNegative() || claimLease.isZero())) {
            throw new IllegalArgumentException("pressline.notifications.claim-lease must be positive, or unset");
        }
        if (sendRatePerSecond < 1) {
            throw new IllegalArgumentException("pressline.notifications.send-rate-per-second must be at least 1");
        }
    }

    private static void requireSecret(String name, String value) {
        if (value == null || value.length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalArgumentException("pressline.notifications." + name + " must be set to a secret of at "
                    + "least " + MINIMUM_SECRET_LENGTH + " characters (e.g. PRESSLINE_NOTIFICATIONS_"
                    + name.toUpperCase().replace('-', '_') + ")");
        }
    }

    /**
     * Who the mail comes from, as Markedsføringsloven §10 asks every marketing mail to say.
     *
     * @param postalAddress the publisher's name and address, printed under every mail
     * @param unsubscribeMailbox the address of the {@code mailto:} unsubscribe in {@code List-Unsubscribe}
     */
    public record Sender(String address, String name, String postalAddress, String unsubscribeMailbox) {

        public Sender {
            Objects.requireNonNull(address, "pressline.notifications.sender.address");
            Objects.requireNonNull(name, "pressline.notifications.sender.name");
            Objects.requireNonNull(postalAddress, "pressline.notifications.sender.postal-address");
            Objects.requireNonNull(unsubscribeMailbox, "pressline.notifications.sender.unsubscribe-mailbox");
        }
    }

    /**
     * Retries of a mail the SMTP server did not take: the delay doubles from {@code initialBackoff} up to
     * {@code maxBackoff}; after {@code maxAttempts} attempts the delivery request goes to the dead-letter topic.
     *
     * @param waitWhileUnreachable whether a server that cannot be reached at all is waited for however long it takes
     *     (the default) rather than counted against {@code maxAttempts}
     */
    public record Retry(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Boolean waitWhileUnreachable) {

        public Retry {
            waitWhileUnreachable = waitWhileUnreachable == null || waitWhileUnreachable;
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("pressline.notifications.retry.max-attempts must be at least 1");
            }
            Objects.requireNonNull(initialBackoff, "pressline.notifications.retry.initial-backoff");
            Objects.requireNonNull(maxBackoff, "pressline.notifications.retry.max-backoff");
        }
    }

    /**
     * The newsletter's timetable.
     *
     * @param schedule a Spring cron expression (second minute hour day month weekday)
     * @param zone the time zone of the schedule
     * @param firstEditionLookback how far back the very first edition reaches
     * @param upcomingEventDays how many days ahead an edition lists events
     */
    public record Newsletter(String schedule, ZoneId zone, Duration firstEditionLookback, int upcomingEventDays) {

        public Newsletter {
            Objects.requireNonNull(schedule, "pressline.notifications.newsletter.schedule");
            Objects.requireNonNull(zone, "pressline.notifications.newsletter.zone");
            Objects.requireNonNull(firstEditionLookback, "pressline.notifications.newsletter.first-edition-lookback");
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
    public record SignUp(Limit perClient, Limit perMailbox, Limit allClients, Duration unconfirmedRetention,
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
