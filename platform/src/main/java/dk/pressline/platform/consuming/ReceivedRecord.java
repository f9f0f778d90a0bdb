package dk.pressline.platform.consuming;

import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.cloudevents.MalformedEventException;
import dk.pressline.events.cloudevents.UnknownEventTypeException;
import dk.pressline.platform.tracing.CarriedTrace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * One record a consumer received, as it arrived: where it was on the broker, its key, value and headers. It
 * {@link #decode decodes} to the Pressline event it carries or to the reason it carries none.
 *
 * @param value the record's value; {@code null} for a tombstone
 * @param headers the record's headers, each value a String or the header's bytes
 */
public record ReceivedRecord(
        String topic, int partition, long offset, String key, byte[] value, Map<String, ?> headers) {

    public ReceivedRecord {
        headers = headers == null ? Map.of() : headers;
    }

    /** Every record of a batch as Spring Cloud Stream hands it over in batch mode, in the batch's order. */
    public static List<ReceivedRecord> allOf(Message<List<byte[]>> batch) {
        // A tombstone arrives as Spring Kafka's KafkaNull, whatever the payload's declared type: read as no value.
        List<?> values = batch.getPayload();
        var headers = batch.getHeaders();
        var recordHeaders = listHeader(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        var topics = listHeader(headers, KafkaHeaders.RECEIVED_TOPIC);
        var partitions = listHeader(headers, KafkaHeaders.RECEIVED_PARTITION);
        var offsets = listHeader(headers, KafkaHeaders.OFFSET);
        var keys = listHeader(headers, KafkaHeaders.RECEIVED_KEY);
        var records = new ArrayList<ReceivedRecord>(values.size());
        for (int i = 0; i < values.size(); i++) {
            records.add(new ReceivedRecord(
                    text(at(topics, i)),
                    at(partitions, i) instanceof Integer partition ? partition : -1,
                    at(offsets, i) instanceof Long offset ? offset : -1,
                    text(at(keys, i)),
                    values.get(i) instanceof byte[] bytes ? bytes : null,
                    stringKeyed(at(recordHeaders, i))));
        }
        return records;
    }

    /** Every record of a batch, decoded: {@code allOf(batch)}, each {@link #decode decoded}. */
    public static List<Decoded> decodeAll(Message<List<byte[]>> batch) {
        return allOf(batch).stream().map(ReceivedRecord::decode).toList();
    }

    /** The record a Spring Cloud Stream consumer not in batch mode is handed, its headers the message's. */
    public static ReceivedRecord of(Message<?> message) {
        var headers = message.getHeaders();
        return new ReceivedRecord(
                text(headers.get(KafkaHeaders.RECEIVED_TOPIC)),
                headers.get(KafkaHeaders.RECEIVED_PARTITION) instanceof Integer partition ? partition : -1,
                headers.get(KafkaHeaders.OFFSET) instanceof Long offset ? offset : -1,
                text(headers.get(KafkaHeaders.RECEIVED_KEY)),
                message.getPayload() instanceof byte[] bytes ? bytes : null,
                headers);
    }

    /** A record read with a plain Kafka consumer. Of headers that occur more than once, the last counts. */
    public static ReceivedRecord of(ConsumerRecord<String, byte[]> record) {
        var headers = new HashMap<String, byte[]>();
        record.headers().forEach(header -> headers.put(header.key(), header.value()));
        return new ReceivedRecord(
                record.topic(), record.partition(), record.offset(), record.key(), record.value(), headers);
    }

    /**
     * The Pressline event the record carries, or the reason it carries none: an event type this service does not
     * know (a newer producer's; tolerant consumers skip it), or a record that is no event at all (a tombstone, not a
     * binary-mode CloudEvent, one lacking a required attribute or carrying one that does not parse, a body that does
     * not fit its type).
     */
    public Decoded decode() {
        try {
            return new Decoded.Event(this, EventEnvelopes.fromHeadersAndValue(headers, value));
        } catch (UnknownEventTypeException e) {
            return new Decoded.UnknownType(this, e.typeName());
        } catch (MalformedEventException e) {
            return new Decoded.Malformed(this, e);
        }
    }

    /** The trace context the record carries, to continue its trace in the span that handles it. */
    public CarriedTrace trace() {
        return CarriedTrace.fromHeaders(headers);
    }

    /** Where the record was: {@code topic-partition@offset}. */
    public String position() {
        return topic + "-" + partition + "@" + offset;
    }

    /** The record as Spring Kafka's recoverers take it, with its headers as bytes. */
    public ConsumerRecord<String, byte[]> toConsumerRecord() {
        var kafkaHeaders = new RecordHeaders();
        headers.forEach((name, headerValue) -> bytes(headerValue).ifPresent(bytes -> kafkaHeaders.add(name, bytes)));
        return new ConsumerRecord<>(
                topic,
                partition,
                offset,
                ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE,
                key,
                value,
                kafkaHeaders,
                Optional.empty());
    }

    private static Optional<byte[]> bytes(Object headerValue) {
        if (headerValue instanceof byte[] bytes) {
            return Optional.of(bytes);
        }
        return headerValue instanceof String text
                ? Optional.of(text.getBytes(StandardCharsets.UTF_8))
                : Optional.empty();
    }

    private static List<?> listHeader(MessageHeaders headers, String name) {
        return headers.get(name) instanceof List<?> list ? list : List.of();
    }

    private static Object at(List<?> list, int index) {
        return index < list.size() ? list.get(index) : null;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private static Map<String, ?> stringKeyed(Object headers) {
        if (!(headers instanceof Map<?, ?> map)) {
            return Map.of();
        }
        var copy = new HashMap<String, Object>();
        map.forEach((name, value) -> copy.put(String.valueOf(name), value));
        return copy;
    }
}
