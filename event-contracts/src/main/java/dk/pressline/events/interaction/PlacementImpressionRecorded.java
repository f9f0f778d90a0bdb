package dk.pressline.events.interaction;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sponsored placement was shown to a reader.
 *
 * @param readerKey who was shown it, as an opaque key that tells readers apart without saying who they are; the same
 *     reader's impressions of a booking within a window are counted once. {@code null} when the producer does not
 *     tell readers apart (its event id then says which impressions are one)
 */
public record PlacementImpressionRecorded(
        UUID eventId, Instant occurredAt, UUID bookingId, Channel channel, long placementRevision, String readerKey)
        implements PlacementInteraction {

    public PlacementImpressionRecorded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(channel, "channel");
    }

    /** An impression whose reader is not told. */
    public PlacementImpressionRecorded(
            UUID eventId, Instant occurredAt, UUID bookingId, Channel channel, long placementRevision) {
        this(eventId, occurredAt, bookingId, channel, placementRevision, null);
    }
}
