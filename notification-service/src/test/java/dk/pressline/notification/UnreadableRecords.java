package dk.pressline.notification;

import dk.pressline.events.EventJson;
import dk.pressline.events.EventType;
import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.testsupport.TestServers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records no consumer can ever read, as a broken producer or an operator's mistake puts them on a topic: a value that
 * is not JSON, a tombstone (no value), an event of a known type whose body does not fit the type, and a CloudEvent
 * without its id.
 */
public final class UnreadableRecords {

    private UnreadableRecords() {}

    public static RecordMetadata notJson(String topic, String key) {
        return send(new ProducerRecord<>(topic, null, key, "not an event".getBytes(StandardCharsets.UTF_8)));
    }

    public static RecordMetadata tombstone(String topic, String key) {
        return send(new ProducerRecord<>(topic, null, key, null));
    }

    /** A binary-mode CloudEvent of the type whose body lacks every field the type requires. */
    public static RecordMetadata invalidBody(String topic, String key, EventType<?> type) {
        List<Header> headers = List.of(
                header("ce_specversion", "1.0"),
                header("ce_id", UUID.randomUUID().toString()),
                header("ce_source", "urn:pressline:test"),
                header("ce_type", type.name()),
                header("content-type", "application/json"));
        return send(
                new ProducerRecord<>(topic, null, key, "{\"headline\": 42}".getBytes(StandardCharsets.UTF_8), headers));
    }

    /** The event as a binary-mode CloudEvent without its required {@code ce_id}, as a broken producer might send it. */
    public static RecordMetadata withoutId(String topic, String key, PresslineEvent event) {
        List<Header> headers = List.of(
                header("ce_specversion", "1.0"),
                header("ce_source", "urn:pressline:test"),
                header("ce_type", EventTypes.of(event.getClass()).name()),
                header("ce_time", event.occurredAt().toString()),
                header("content-type", "application/json"));
        return send(new ProducerRecord<>(topic, null, key, EventJson.toBytes(event), headers));
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestServers.kafka().bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not put an unreadable record on " + record.topic(), e);
        }
    }
}
