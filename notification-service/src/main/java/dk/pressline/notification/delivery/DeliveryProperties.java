package dk.pressline.notification.delivery;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whom notification-service's mail comes from and how fast and how persistently it is sent.
 *
 * @param sendRatePerSecond most mails one instance hands to SMTP per second
 * @param retry how a mail the SMTP server does not take is retried before it is parked on the dead-letter topic
 * @param claimLease how long a claim on a mail keeps other senders away while the mail is not marked sent; unset, it
 *     is derived from what a batch takes at the send rate
 */
@ConfigurationProperties("pressline.notifications")
public record DeliveryProperties(Sender sender, int sendRatePerSecond, Retry retry, Duration claimLease) {

    public DeliveryProperties {
        Objects.requireNonNull(sender, "pressline.notifications.sender");
        Objects.requireNonNull(retry, "pressline.notifications.retry");
        if (claimLease != null && (claimLease.isNegative() || claimLease.isZero())) {
            throw new IllegalArgumentException("pressline.notifications.claim-lease must be positive, or unset");
        }
        if (sendRatePerSecond < 1) {
            throw new IllegalArgumentException("pressline.notifications.send-rate-per-second must be at least 1");
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
}
