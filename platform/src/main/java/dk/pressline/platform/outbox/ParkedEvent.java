package dk.pressline.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event Kafka refused for good, as the outbox relay parked it.
 *
 * @param position its place in the outbox's send order, which it takes back when sent again
 * @param payloadBytes the size of its JSON body as stored
 * @param reason Kafka's refusal, with the name of its error
 * @param overtakenBy the first later event of the same aggregate that was sent after this one was parked; consumers
 *     have that newer state without this event
 */
public record ParkedEvent(
        long position,
        UUID eventId,
        String eventType,
        String aggregateId,
        Instant occurredAt,
        Instant parkedAt,
        String reason,
        UUID overtakenBy,
        int payloadBytes) {}
