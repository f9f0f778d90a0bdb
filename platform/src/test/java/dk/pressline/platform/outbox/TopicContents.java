package dk.pressline.platform.outbox;

import static org.awaitility.Awaitility.await;

import dk.pressline.testsupport.TestServers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything a topic of the test broker holds right now, read from the beginning to its end offsets outside any
 * consumer group: after the relay has been acknowledged, what is not here was never sent.
 */
final class TopicContents {

    private TopicContents() {}

    static List<ConsumerRecord<String, byte[]>> recordsOf(String topic) {
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestServers.kafka().bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var endOffsets = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return partitions.stream()
                        .allMatch(partition -> consumer.position(partition) >= endOffsets.get(partition));
            });
            return records;
        }
    }

    /** The CloudEvent ids of the records with this key, in the order they were sent (one key, one partition). */
    static List<UUID> eventIdsWithKey(String topic, String key) {
        return recordsOf(topic).stream()
                .filter(record -> key.equals(record.key()))
                .map(record -> UUID.fromString(
                        new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)))
                .toList();
    }
}
