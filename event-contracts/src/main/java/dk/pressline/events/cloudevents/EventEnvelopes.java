package dk.pressline.events.cloudevents;

import dk.pressline.events.EventJson;
import dk.pressline.events.EventType;
import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.core.JacksonException;

/**
 * Wraps Pressline events in CloudEvents and unwraps them again. On Kafka they travel in binary mode: the attributes
 * as {@code ce_*} headers, the JSON body as the record value, the aggregate id as the record key.
 */
public final class EventEnvelopes {

    public static final String JSON = "application/json";
    private static final String SOURCE_PREFIX = "urn:pressline:";

    private EventEnvelopes() {}

    /** The CloudEvent for an event emitted by the named service (e.g. "article-service"). */
    public static CloudEvent toCloudEvent(PresslineEvent event, String sourceService) {
        var type = EventTypes.of(event.getClass());
        return CloudEventBuilder.v1()
                .withId(event.eventId().toString())
                .withType(type.name())
                .withSource(URI.create(SOURCE_PREFIX + sourceService))
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withSubject(event.aggregateId())
                .withData(JSON, EventJson.toBytes(event))
                .build();
    }

    /**
     * The record to send an event with, keyed by its aggregate id.
     *
     * @param topicName the topic's name on this deployment, which may carry a prefix
     */
    public static ProducerRecord<String, CloudEvent> toProducerRecord(
            String topicName, PresslineEvent event, String sourceService) {
        return new ProducerRecord<>(topicName, event.aggregateId(), toCloudEvent(event, sourceService));
    }

    /**
     * The event a CloudEvent carries.
     *
     * @throws UnknownEventTypeException when its type is not registered; tolerant consumers skip such records
     * @throws MalformedEventException when its body cannot be read as its type
     */
    public static PresslineEvent fromCloudEvent(CloudEvent cloudEvent) {
        EventType<?> type = EventTypes.byName(cloudEvent.getType())
                .orElseThrow(() -> new UnknownEventTypeException(cloudEvent.getType()));
        if (cloudEvent.getData() == null) {
            throw new MalformedEventException(
                    "CloudEvent " + cloudEvent.getId() + " of type " + type.name() + " has no data");
        }
        try {
            return EventJson.fromBytes(cloudEvent.getData().toBytes(), type.javaType());
        } catch (JacksonException e) {
            throw new MalformedEventException(
                    "CloudEvent " + cloudEvent.getId() + " does not hold a valid " + type.name(), e);
        }
    }

    /**
     * The event a consumed binary-mode Kafka record carries, for consumers reading values as bytes.
     *
     * @throws UnknownEventTypeException when its type is not registered; tolerant consumers skip such records
     * @throws MalformedEventException when the record is not a binary-mode CloudEvent, not a valid one (a required
     *     attribute missing or unparsable, an unknown spec version) or its body does not fit its type
     */
    public static PresslineEvent fromConsumerRecord(ConsumerRecord<?, byte[]> record) {
        return fromCloudEvent(toCloudEvent(record));
    }

    /**
     * The CloudEvent a consumed binary-mode Kafka record carries.
     *
     * @throws MalformedEventException when the record is a tombstone, not a binary-mode CloudEvent or not a valid one
     */
    public static CloudEvent toCloudEvent(ConsumerRecord<?, byte[]> record) {
        if (record.value() == null) {
            throw new MalformedEventException("Record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is a tombstone (no value), not an event");
        }
        return read(
                () -> KafkaMessageFactory.createReader(record),
                "Record at " + record.topic() + "-" + record.partition() + "@" + record.offset());
    }

    /**
     * The event a binary-mode record carries, from its headers and value as a consumer framework hands them over
     * (Spring Cloud Stream maps Kafka headers to message headers; values arrive as bytes or strings).
     *
     * @throws UnknownEventTypeException when its type is not registered; tolerant consumers skip such records
     * @param value the record's value; {@code null} for a tombstone, which is no event
     * @throws MalformedEventException when the record is not a binary-mode CloudEvent, not a valid one (a required
     *     attribute missing or unparsable, an unknown spec version) or its body does not fit its type
     */
    public static PresslineEvent fromHeadersAndValue(Map<String, ?> headers, byte[] value) {
        if (value == null) {
            throw new MalformedEventException("The record is a tombstone (no value), not an event");
        }
        var kafkaHeaders = new RecordHeaders();
        headers.forEach((name, headerValue) -> {
            if (name.startsWith("ce_") || name.equals("content-type")) {
                if (headerValue instanceof byte[] bytes) {
                    kafkaHeaders.add(name, bytes);
                } else if (headerValue != null) {
                    kafkaHeaders.add(name, headerValue.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        return fromCloudEvent(read(() -> KafkaMessageFactory.createReader(kafkaHeaders, value), "The record"));
    }

    /**
     * The CloudEvent a binary-mode message holds. A record without a {@code ce_specversion} header is no CloudEvent;
     * one with it but an unknown version, a missing required attribute or an attribute that does not parse is no valid
     * one. The SDK reports a missing required attribute as an {@link IllegalStateException} from its builder, a value
     * its builder refuses as an {@link IllegalArgumentException}, everything else as a {@link CloudEventRWException}.
     */
    private static CloudEvent read(Supplier<MessageReader> reader, String record) {
        try {
            return reader.get().toEvent();
        } catch (CloudEventRWException e) {
            if (e.getKind() == CloudEventRWException.CloudEventRWExceptionKind.UNKNOWN_ENCODING) {
                throw new MalformedEventException(record + " is not a binary-mode CloudEvent", e);
            }
            throw notAValidCloudEvent(record, e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw notAValidCloudEvent(record, e);
        }
    }

    private static MalformedEventException notAValidCloudEvent(String record, RuntimeException cause) {
        return new MalformedEventException(record + " is not a valid CloudEvent: " + cause.getMessage(), cause);
    }

    /** Producer settings for sending {@link #toProducerRecord ProducerRecords}: string keys, binary-mode CloudEvents. */
    public static Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName(),
                CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY.name());
    }

    /** Consumer settings for reading string keys and CloudEvent values; pass the values to {@link #fromCloudEvent}. */
    public static Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
    }
}
