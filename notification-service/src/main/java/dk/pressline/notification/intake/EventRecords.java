package dk.pressline.notification.intake;

import dk.pressline.events.PresslineEvent;
import dk.pressline.platform.consuming.Decoded;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the Pressline event of the expected family a consumed record carries. */
public final class EventRecords {

    private static final Logger log = LoggerFactory.getLogger(EventRecords.class);

    private EventRecords() {}

    /**
     * The event the record carries, if it is one of the expected family; empty for an event of a type this service does
     * not know (a newer producer's, so additive changes never stop a consumer) or does not read from this topic.
     *
     * @throws UnreadableRecordException for a tombstone, a value that is not a binary-mode CloudEvent, a CloudEvent
     *     lacking a required attribute, or a body that does not fit its type
     */
    public static <E extends PresslineEvent> Optional<E> read(Decoded record, Class<E> family) {
        switch (record) {
            case Decoded.Event(var received, var event)
            when family.isInstance(event) -> {
                return Optional.of(family.cast(event));
            }
            case Decoded.Event other ->
                log.debug(
                        "Skipping a {}, which is not a {}",
                        other.event().getClass().getSimpleName(),
                        family.getSimpleName());
            case Decoded.UnknownType unknown -> log.debug("Skipping an event of unknown type {}", unknown.typeName());
            case Decoded.Malformed malformed ->
                throw new UnreadableRecordException(malformed.reason(), malformed.problem());
        }
        return Optional.empty();
    }
}
