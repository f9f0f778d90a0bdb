package dk.pressline.events;

import java.time.Instant;
import java.util.UUID;

/** Something that happened in Pressline, published on a catalogue topic as a CloudEvent. */
public interface PresslineEvent {

    /** Unique per event; consumers use it to recognise redelivered events. */
    UUID eventId();

    Instant occurredAt();

    /** The id of the thing the event is about: the Kafka record key and the CloudEvent subject. */
    String aggregateId();
}
