package dk.pressline.events.placement;

import dk.pressline.events.PresslineEvent;
import java.util.UUID;

/**
 * An event on the {@code placements} topic. Every one carries the booking's full placement, so a consumer can rebuild
 * all placements from the compacted topic alone; it keeps the snapshot with the highest
 * {@link PlacementSnapshot#revision() revision} it has seen.
 */
public sealed interface PlacementEvent extends PresslineEvent
        permits PlacementActivated, PlacementUpdated, PlacementWithdrawn {

    UUID bookingId();

    PlacementSnapshot placement();

    @Override
    default String aggregateId() {
        return bookingId().toString();
    }
}
