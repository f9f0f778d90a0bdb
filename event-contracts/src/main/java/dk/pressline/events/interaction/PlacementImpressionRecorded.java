package dk.pressline.events.interaction;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A sponsored placement was shown to a reader. */
public record PlacementImpressionRecorded(UUID eventId, Instant occurredAt, UUID bookingId, Channel channel, long placementRevision)
        implements PlacementInteraction {

    public PlacementImpressionRecorded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(channel, "channel");
    }
}
