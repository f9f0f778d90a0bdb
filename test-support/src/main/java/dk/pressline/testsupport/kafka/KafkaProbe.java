package dk.pressline.testsupport.kafka;

import static org.awaitility.Awaitility.await;

import dk.pressline.testsupport.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the test broker from its beginning, as raw records with their headers, outside any consumer group:
 * what a test sees is exactly what is on the broker.
 */
public final class KafkaProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    private KafkaProbe(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    public static KafkaProbe reading(String topic) {
        return reading(TestServers.kafka().bootstrapServers(), topic);
    }

    /** Reads a topic of a broker the test started itself. */
    public static KafkaProbe reading(String bootstrapServers, String topic) {
        var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("Topic " + topic + " does not exist");
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return new KafkaProbe(consumer);
    }

    /** Waits until a record matching the predicate has arrived, and returns the first such record. */
    public ConsumerRecord<String, byte[]> awaitRecord(
            Predicate<ConsumerRecord<String, byte[]>> matching, Duration timeout) {
        await().atMost(timeout).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return firstMatching(matching).isPresent();
        });
        return firstMatching(matching).orElseThrow();
    }

    /** Waits until {@code count} records matching the predicate have arrived, and returns them in topic order. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(
            Predicate<ConsumerRecord<String, byte[]>> matching, int count, Duration timeout) {
        await().atMost(timeout).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return received.stream().filter(matching).count() >= count;
        });
        return received.stream().filter(matching).toList();
    }

    /** Reads for the whole of {@code period} and returns the matching records that arrived, to show none did. */
    public List<ConsumerRecord<String, byte[]>> recordsWithin(
            Duration period, Predicate<ConsumerRecord<String, byte[]>> matching) {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        }
        return received.stream().filter(matching).toList();
    }

    public ConsumerRecord<String, byte[]> awaitRecordWithKey(String key) {
        return awaitRecord(record -> key.equals(record.key()), Duration.ofSeconds(30));
    }

    private Optional<ConsumerRecord<String, byte[]>> firstMatching(Predicate<ConsumerRecord<String, byte[]>> matching) {
        return received.stream().filter(matching).findFirst();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
