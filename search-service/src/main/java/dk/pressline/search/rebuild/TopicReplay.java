package dk.pressline.search.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a stretch of topics, from given offsets (or the beginning) up to given end offsets, outside any consumer
 * group: a replay neither moves nor depends on the live consumers' committed offsets.
 */
final class TopicReplay implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;

    TopicReplay(Map<String, Object> consumerConfig) {
        var config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Where each partition of the topics ends now. */
    Map<TopicPartition, Long> endOffsets(List<String> topics) {
        var partitions = new ArrayList<TopicPartition>();
        for (var topic : topics) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return consumer.endOffsets(partitions);
    }

    /** How many records lie before the given ends: from the beginning, or from where the partitions stood. */
    long recordsUntil(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> from) {
        var starts = from == null ? consumer.beginningOffsets(ends.keySet()) : from;
        return ends.entrySet().stream()
                .mapToLong(end -> Math.max(0, end.getValue() - starts.getOrDefault(end.getKey(), 0L)))
                .sum();
    }

    /**
     * @param from where to start per partition; {@code null} for the beginning
     * @param to where to stop per partition (exclusive)
     * @return how many records were read
     */
    long replay(
            Map<TopicPartition, Long> from,
            Map<TopicPartition, Long> to,
            Consumer<List<ConsumerRecord<String, byte[]>>> batches) {
        var remaining = new HashMap<TopicPartition, Long>();
        to.forEach((partition, end) -> {
            long start = from == null ? 0 : from.getOrDefault(partition, 0L);
            if (end > start) {
                remaining.put(partition, end);
            }
        });
        if (remaining.isEmpty()) {
            return 0;
        }
        consumer.assign(remaining.keySet());
        for (var partition : remaining.keySet()) {
            if (from == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, from.getOrDefault(partition, 0L));
            }
        }
        long read = 0;
        while (!remaining.isEmpty()) {
            var records = consumer.poll(POLL);
            var batch = new ArrayList<ConsumerRecord<String, byte[]>>(records.count());
            for (var record : records) {
                var end = remaining.get(new TopicPartition(record.topic(), record.partition()));
                if (end != null && record.offset() < end) {
                    batch.add(record);
                }
            }
            remaining.keySet().removeIf(partition -> consumer.position(partition) >= remaining.get(partition));
            if (!batch.isEmpty()) {
                read += batch.size();
                batches.accept(batch);
            }
        }
        consumer.unsubscribe();
        return read;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
