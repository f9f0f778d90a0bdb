package dk.pressline.notification.intake;

import dk.pressline.events.PresslineEvent;
import dk.pressline.platform.consuming.ReceivedRecord;
import java.util.function.Consumer;

/**
 * A topic of another service that this service follows: the family of events it reads there and what it does with
 * each.
 *
 * @param name the topic's name on this deployment
 */
public record FollowedTopic<E extends PresslineEvent>(String name, Class<E> family, Consumer<E> apply) {

    /**
     * Applies the event a record of this topic carries; an exception from applying it (the database away) is left to
     * the caller to retry.
     *
     * @throws UnreadableRecordException when the record can never be handled
     */
    public void handle(ReceivedRecord record) {
        EventRecords.read(record.decode(), family).ifPresent(apply);
    }
}
