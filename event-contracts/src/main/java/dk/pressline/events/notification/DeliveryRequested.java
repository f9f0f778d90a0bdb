package dk.pressline.events.notification;

import dk.pressline.events.PresslineEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One mail to one subscriber is due, queued on the {@code notification-deliveries} topic keyed by subscriber, so
 * a subscriber's mails are sent in order.
 *
 * @param deliveryId unique per mail, so a redelivered request never sends the mail twice
 * @param reference what the mail is about, e.g. the article id of a theme alert or the edition id of a newsletter
 */
public record DeliveryRequested(
        UUID eventId, Instant occurredAt, UUID deliveryId, UUID subscriberId, DeliveryKind kind, String reference)
        implements PresslineEvent {

    public DeliveryRequested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }

    @Override
    public String aggregateId() {
        return subscriberId.toString();
    }
}
