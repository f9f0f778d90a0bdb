package dk.pressline.events.placement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An active placement changed; the snapshot is its new state. */
public record PlacementUpdated(UUID eventId, Instant occurredAt, UUID bookingId, PlacementSnapshot placement)
        implements PlacementEvent {

    public PlacementUpdated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(placement, "placement");
        if (!bookingId.equals(placement.bookingId())) {
            throw new IllegalArgumentException(
                    "Event for booking " + bookingId + " carries the placement of booking " + placement.bookingId());
        }
    }
}
