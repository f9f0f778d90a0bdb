package dk.pressline.events.interaction;

import dk.pressline.events.PresslineEvent;
import java.util.UUID;

/** A reader saw or clicked a sponsored placement; counted on the {@code interactions} topic for advertiser reports. */
public sealed interface PlacementInteraction extends PresslineEvent
        permits PlacementImpressionRecorded, PlacementClickRecorded {

    UUID bookingId();

    Channel channel();

    /** The revision of the placement that was shown, so a report can tell which creative was seen. */
    long placementRevision();

    @Override
    default String aggregateId() {
        return bookingId().toString();
    }
}
