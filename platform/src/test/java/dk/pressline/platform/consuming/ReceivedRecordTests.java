package dk.pressline.platform.consuming;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.EventFixtures;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.tracing.CarriedTrace;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** Batches as Spring Cloud Stream hands them over, decoded record by record, without a broker. */
class ReceivedRecordTests {

    private static final String TOPIC = "test-articles";
    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    @Test
    void decodesEachRecordOfABatchToItsEventOrTheReasonItHasNone() {
        var published = EventFixtures.articlePublished();
        var batch = new Batch()
                .add("a", event(published), 10)
                .add("b", withType(event(published), "dk.pressline.from-the-future.v9"), 11)
                .add("c", new Record(Map.of(), bytes("not an event")), 12)
                .add("d", new Record(event(published).headers(), KafkaNull.INSTANCE), 13)
                .message();

        var decoded = ReceivedRecord.decodeAll(batch);

        assertThat(decoded).hasSize(4);
        assertThat(decoded.get(0))
                .isInstanceOfSatisfying(
                        Decoded.Event.class, event -> assertThat(event.event()).isEqualTo(published));
        assertThat(decoded.get(1))
                .isInstanceOfSatisfying(
                        Decoded.UnknownType.class,
                        unknown -> assertThat(unknown.typeName()).isEqualTo("dk.pressline.from-the-future.v9"));
        assertThat(decoded.get(2))
                .isInstanceOfSatisfying(
                        Decoded.Malformed.class,
                        malformed -> assertThat(malformed.reason()).contains("not a binary-mode CloudEvent"));
        assertThat(decoded.get(3))
                .isInstanceOfSatisfying(
                        Decoded.Malformed.class,
                        malformed -> assertThat(malformed.reason()).contains("tombstone"));
    }

    @Test
    void aRecordClaimingToBeACloudEventWithoutAnIdIsMalformedAndTheRestOfItsBatchStillDecodes() {
        var published = EventFixtures.articlePublished();
        var batch = new Batch()
                .add("a", without(event(published), "ce_id"), 20)
                .add("b", event(published), 21)
                .message();

        var decoded = ReceivedRecord.decodeAll(batch);

        assertThat(decoded.get(0)).isInstanceOfSatisfying(Decoded.Malformed.class, malformed -> {
            assertThat(malformed.record().position()).isEqualTo(TOPIC + "-3@20");
            assertThat(malformed.reason())
                    .contains("not a valid CloudEvent")
                    .contains("'id'")
                    .as("says what is wrong once")
                    .isEqualTo(malformed.problem().getMessage());
        });
        assertThat(decoded.get(1))
                .isInstanceOfSatisfying(
                        Decoded.Event.class, event -> assertThat(event.event()).isEqualTo(published));
    }

    @Test
    void tellsWhereEachRecordOfABatchWasWithItsKeyValueAndHeaders() {
        var garbage = bytes("not an event");
        var batch = new Batch()
                .add("a", event(EventFixtures.articlePublished()), 41)
                .add("b", new Record(Map.of("x-note", bytes("kept")), garbage), 42)
                .message();

        var records = ReceivedRecord.allOf(batch);

        assertThat(records).extracting(ReceivedRecord::position).containsExactly(TOPIC + "-3@41", TOPIC + "-3@42");
        var second = records.get(1);
        assertThat(second.key()).isEqualTo("b");
        assertThat(second.value()).isEqualTo(garbage);
        assertThat(second.headers().get("x-note")).isEqualTo(bytes("kept"));
        assertThat(second.toConsumerRecord().headers().lastHeader("x-note").value())
                .isEqualTo(bytes("kept"));
    }

    @Test
    void readsTheTraceEachRecordCarries() {
        var traced = new HashMap<>(event(EventFixtures.articlePublished()).headers());
        traced.put(CarriedTrace.TRACEPARENT, bytes(TRACEPARENT));
        var batch = new Batch()
                .add(
                        "a",
                        new Record(
                                traced, event(EventFixtures.articlePublished()).value()),
                        1)
                .add("b", event(EventFixtures.articlePublished()), 2)
                .message();

        var records = ReceivedRecord.allOf(batch);

        assertThat(records.get(0).trace().traceparent()).isEqualTo(TRACEPARENT);
        assertThat(records.get(1).trace().isPresent()).isFalse();
    }

    @Test
    void decodesARecordReadWithAPlainConsumerAndOneHandedOverAlone() {
        var published = EventFixtures.articlePublished();
        var record = event(published);
        var consumed = new ConsumerRecord<>(TOPIC, 0, 7L, "a", (byte[]) record.value());
        record.headers().forEach((name, value) -> consumed.headers().add(name, value));
        var single = MessageBuilder.withPayload(record.value())
                .copyHeaders(record.headers())
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, TOPIC)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, 0)
                .setHeader(KafkaHeaders.OFFSET, 8L)
                .build();

        assertThat(ReceivedRecord.of(consumed).decode())
                .isEqualTo(new Decoded.Event(ReceivedRecord.of(consumed), published));
        assertThat(ReceivedRecord.of(consumed).position()).isEqualTo(TOPIC + "-0@7");
        assertThat(ReceivedRecord.of(single).decode())
                .isInstanceOfSatisfying(
                        Decoded.Event.class, event -> assertThat(event.event()).isEqualTo(published));
        assertThat(ReceivedRecord.of(single).position()).isEqualTo(TOPIC + "-0@8");
    }

    /** A record's headers as the binder maps them (each a header's bytes) and its value, bytes or KafkaNull. */
    private record Record(Map<String, byte[]> headers, Object value) {}

    private static Record event(PresslineEvent event) {
        var headers = new RecordHeaders();
        try (var serializer = new CloudEventSerializer()) {
            serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY.name()), false);
            var value = serializer.serialize(TOPIC, headers, EventEnvelopes.toCloudEvent(event, "article-service"));
            var mapped = new HashMap<String, byte[]>();
            headers.forEach(header -> mapped.put(header.key(), header.value()));
            return new Record(mapped, value);
        }
    }

    private static Record withType(Record record, String type) {
        var headers = new HashMap<>(record.headers());
        headers.put("ce_type", bytes(type));
        return new Record(headers, record.value());
    }

    private static Record without(Record record, String header) {
        var headers = new HashMap<>(record.headers());
        assertThat(headers.remove(header)).as("header " + header).isNotNull();
        return new Record(headers, record.value());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    /** Builds a batch message with the headers Spring Cloud Stream's Kafka binder sets in batch mode. */
    private static final class Batch {

        private final List<Object> values = new ArrayList<>();
        private final List<Map<String, byte[]>> headers = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<Long> offsets = new ArrayList<>();

        Batch add(String key, Record record, long offset) {
            values.add(record.value());
            headers.add(record.headers());
            keys.add(key);
            offsets.add(offset);
            return this;
        }

        @SuppressWarnings("unchecked")
        Message<List<byte[]>> message() {
            // As the binder does: a tombstone's KafkaNull sits in the list whatever the payload's declared type.
            var payload = (List<byte[]>) (List<?>) values;
            return MessageBuilder.withPayload(payload)
                    .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                    .setHeader(
                            KafkaHeaders.RECEIVED_TOPIC,
                            values.stream().map(value -> TOPIC).toList())
                    .setHeader(
                            KafkaHeaders.RECEIVED_PARTITION,
                            values.stream().map(value -> 3).toList())
                    .setHeader(KafkaHeaders.OFFSET, offsets)
                    .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                    .build();
        }
    }
}
