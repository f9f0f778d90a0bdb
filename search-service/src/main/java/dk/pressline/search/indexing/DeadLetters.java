package dk.pressline.search.indexing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Parks records that can never be indexed on search-service's dead-letter topic, with the original record's key,
 * value and headers plus where it came from and why it was refused, so indexing goes on and nothing is lost.
 */
public class DeadLetters {

    public static final String ORIGINAL_TOPIC = "x-original-topic";
    public static final String ORIGINAL_PARTITION = "x-original-partition";
    public static final String ORIGINAL_OFFSET = "x-original-offset";
    public static final String REASON = "x-exception-message";

    private static final Duration ACKNOWLEDGEMENT_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaOperations<String, byte[]> kafka;
    private final String topic;

    public DeadLetters(KafkaOperations<String, byte[]> kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    /** Sends and waits for the broker, so the batch's offsets are only committed once the record is parked. */
    void park(ReceivedRecord received, String reason) {
        var headers = new RecordHeaders();
        received.headers().forEach((name, value) -> {
            if (value instanceof byte[] bytes) {
                headers.add(name, bytes);
            }
        });
        headers.add(ORIGINAL_TOPIC, utf8(received.topic()));
        headers.add(ORIGINAL_PARTITION, utf8(Integer.toString(received.partition())));
        headers.add(ORIGINAL_OFFSET, utf8(Long.toString(received.offset())));
        headers.add(REASON, utf8(reason));
        var record = new ProducerRecord<>(topic, null, received.key(), received.value(), headers);
        try {
            kafka.send(record).get(ACKNOWLEDGEMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parking a record on " + topic, e);
        }
        catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not park a record on " + topic, e);
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** One record of a consumed batch, as it arrived. */
    record ReceivedRecord(String topic, int partition, long offset, String key, byte[] value,
            Map<String, Object> headers) {
    }
}
