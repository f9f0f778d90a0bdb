package dk.pressline.platform.kafka;

import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.tracing.EventTracing;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Sends Pressline events to their catalogue topic as binary-mode CloudEvents keyed by aggregate id, and waits for
 * the broker's acknowledgement, so a caller (the outbox relay) only forgets an event the broker has stored. It tells
 * an event Kafka will never take as it is ({@link EventRefusedException}) from one that may go through on a later try.
 * Each record carries the trace context of the span it is sent in ({@code traceparent}, {@code tracestate}).
 */
public class KafkaEventSender {

    private final KafkaOperations<String, CloudEvent> kafka;
    private final TopicNames topicNames;
    private final String source;
    private final Duration acknowledgementTimeout;
    private final EventTracing tracing;

    public KafkaEventSender(
            KafkaOperations<String, CloudEvent> kafka,
            TopicNames topicNames,
            String source,
            Duration acknowledgementTimeout) {
        this(kafka, topicNames, source, acknowledgementTimeout, EventTracing.OFF);
    }

    public KafkaEventSender(
            KafkaOperations<String, CloudEvent> kafka,
            TopicNames topicNames,
            String source,
            Duration acknowledgementTimeout,
            EventTracing tracing) {
        this.kafka = kafka;
        this.topicNames = topicNames;
        this.source = source;
        this.acknowledgementTimeout = acknowledgementTimeout;
        this.tracing = tracing;
    }

    public RecordMetadata send(PresslineEvent event) {
        var topic = topicNames.of(EventTypes.of(event.getClass()).topic());
        var record = EventEnvelopes.toProducerRecord(topic, event, source);
        tracing.current().addTo(record.headers());
        try {
            return kafka.send(record)
                    .get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .getRecordMetadata();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotSentException(event, e);
        } catch (ExecutionException
                | TimeoutException
                | org.apache.kafka.common.KafkaException
                | org.springframework.kafka.KafkaException e) {
            var refusal = refusalIn(e);
            throw refusal == null ? new EventNotSentException(event, e) : new EventRefusedException(event, refusal);
        }
    }

    /**
     * The cause that says Kafka will not take this event however often it is sent: too large for the producer's
     * {@code max.request.size} or the topic's {@code max.message.bytes} (a record is sent alone, so a batch too large
     * is the record), or a record the serializer or broker finds invalid. Everything else (a broker away or slow, too
     * few in-sync replicas, a topic not there yet, a denied authorization) may pass on a later try.
     */
    private static Throwable refusalIn(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException
                    || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException
                    || cause instanceof SerializationException) {
                return cause;
            }
        }
        return null;
    }

    /** The broker did not acknowledge an event in time; it must be sent again. */
    public static class EventNotSentException extends RuntimeException {

        EventNotSentException(PresslineEvent event, Throwable cause) {
            super(
                    "Event " + event.eventId() + " (" + event.getClass().getSimpleName()
                            + ") was not acknowledged by Kafka",
                    cause);
        }

        EventNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Kafka refused the event for good: sent again as it is, it would be refused again. */
    public static class EventRefusedException extends EventNotSentException {

        private final String reason;

        EventRefusedException(PresslineEvent event, Throwable refusal) {
            super(
                    "Kafka refused event " + event.eventId() + " ("
                            + event.getClass().getSimpleName() + ") for good: " + describe(refusal),
                    refusal);
            this.reason = describe(refusal);
        }

        /** Kafka's own words, with the name of the error: {@code RecordTooLargeException: The message is ...}. */
        public String reason() {
            return reason;
        }

        private static String describe(Throwable refusal) {
            return refusal.getClass().getSimpleName() + ": " + refusal.getMessage();
        }
    }
}
