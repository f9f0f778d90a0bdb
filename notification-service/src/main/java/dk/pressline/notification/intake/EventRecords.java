package dk.pressline.notification.intake;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.cloudevents.MalformedEventException;
import dk.pressline.events.cloudevents.UnknownEventTypeException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaNull;

/** Reads the Pressline event a consumed record carries, as Spring Cloud Stream hands its headers and value over. */
public final class EventRecords {

    private static final Logger log = LoggerFactory.getLogger(EventRecords.class);

    private EventRecords() {
    }

    /**
     * The event the record carries, if it is one of the expected family; empty for an event of a type this service does
     * not know (a newer producer's, so additive changes never stop a consumer) or does not read from this topic.
     *
     * @param value the record's value: bytes, or {@code null} or Spring Kafka's {@code KafkaNull} for a tombstone
     * @throws UnreadableRecordException for a tombstone, a value that is not a binary-mode CloudEvent, or a body that
     *     does not fit its type
     */
    public static <E extends PresslineEvent> Optional<E> read(Map<String, ?> headers, Object value,
            Class<E> family) {
        if (!(value instanceof byte[] bytes)) {
            throw new UnreadableRecordException(value == null || value == KafkaNull.INSTANCE
                    ? "The record is a tombstone (no value)"
                    : "The record's value is a " + value.getClass().getName() + ", not bytes");
        }
        try {
            var event = EventEnvelopes.fromHeadersAndValue(headers, bytes);
            if (family.isInstance(event)) {
                return Optional.of(family.cast(event));
            }
            log.debug("Skipping a {}, which is not a {}", event.getClass().getSimpleName(), family.getSimpleName());
        }
        catch (UnknownEventTypeException e) {
            log.debug("Skipping an event of unknown type {}", e.typeName());
        }
        catch (MalformedEventException e) {
            throw new UnreadableRecordException(e.getCause() == null ? e.getMessage()
                    : e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
        return Optional.empty();
    }
}
