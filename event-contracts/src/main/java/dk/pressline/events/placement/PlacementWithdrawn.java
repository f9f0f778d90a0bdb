package dk.pressline.events.placement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A placement must no longer be shown; the snapshot is its last state. */
public record PlacementWithdrawn(
        UUID eventId, Instant occurredAt, UUID bookingId, PlacementSnapshot placement, String reason)
        implements PlacementEvent {

    public PlacementWithdrawn {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(reason, "reason");
        if (!bookingId.equals(placement.bookingId())) {
            throw new IllegalArgumentException(
                    "Event for booking " + bookingId + " carries the placement of booking " + placement.bookingId());
        }
    }
}
