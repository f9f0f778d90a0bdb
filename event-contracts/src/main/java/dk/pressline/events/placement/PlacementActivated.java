package dk.pressline.events.placement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A booked placement may now be shown. */
public record PlacementActivated(UUID eventId, Instant occurredAt, UUID bookingId, PlacementSnapshot placement)
        implements PlacementEvent {

    public PlacementActivated {
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
