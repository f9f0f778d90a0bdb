package dk.pressline.events.interaction;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A reader clicked a sponsored placement. */
public record PlacementClickRecorded(
        UUID eventId, Instant occurredAt, UUID bookingId, Channel channel, long placementRevision)
        implements PlacementInteraction {

    public PlacementClickRecorded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(channel, "channel");
    }
}
