package dk.pressline.platform.kafka;

import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.cloudevents.EventEnvelopes;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Sends Pressline events to their catalogue topic as binary-mode CloudEvents keyed by aggregate id, and waits for
 * the broker's acknowledgement, so a caller (the outbox relay) only forgets an event the broker has stored.
 */
public class KafkaEventSender {

    private final KafkaOperations<String, CloudEvent> kafka;
    private final TopicNames topicNames;
    private final String source;
    private final Duration acknowledgementTimeout;

    public KafkaEventSender(KafkaOperations<String, CloudEvent> kafka, TopicNames topicNames, String source,
            Duration acknowledgementTimeout) {
        this.kafka = kafka;
        this.topicNames = topicNames;
        this.source = source;
        this.acknowledgementTimeout = acknowledgementTimeout;
    }

    public RecordMetadata send(PresslineEvent event) {
        var topic = topicNames.of(EventTypes.of(event.getClass()).topic());
        var record = EventEnvelopes.toProducerRecord(topic, event, source);
        try {
            return kafka.send(record).get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotSentException(event, e);
        }
        catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException
                | org.springframework.kafka.KafkaException e) {
            throw new EventNotSentException(event, e);
        }
    }

    /** The broker did not acknowledge an event in time; it must be sent again. */
    public static class EventNotSentException extends RuntimeException {

        EventNotSentException(PresslineEvent event, Throwable cause) {
            super("Event " + event.eventId() + " (" + event.getClass().getSimpleName() + ") was not acknowledged by Kafka",
                    cause);
        }
    }
}
