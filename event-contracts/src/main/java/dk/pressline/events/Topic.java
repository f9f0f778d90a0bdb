package dk.pressline.events;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Kafka topic in the Pressline catalogue: what its records are keyed by, how it is partitioned and cleaned up,
 * and which services write and read it.
 *
 * @param name the topic's name, before any deployment prefix
 * @param key what the record key is, in words (e.g. "article id")
 * @param retention how long records are kept; {@code null} means kept forever
 */
public record Topic(
        String name,
        String key,
        int partitions,
        CleanupPolicy cleanupPolicy,
        Duration retention,
        Set<String> producers,
        Set<String> consumers,
        String description) {

    /** How Kafka gets rid of old records. */
    public enum CleanupPolicy {
        /** Keep the newest record per key: the topic is a table of current states. */
        COMPACT,
        /** Delete records older than the retention: the topic is a stream of facts. */
        DELETE;

        String kafkaValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        Objects.requireNonNull(description, "description");
        if (partitions < 1) {
            throw new IllegalArgumentException("Topic " + name + " needs at least one partition");
        }
        if (retention != null && (retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException(
                    "Topic " + name + " needs a positive retention, or null to keep forever");
        }
        producers = Set.copyOf(producers);
        consumers = Set.copyOf(consumers);
    }

    public boolean keptForever() {
        return retention == null;
    }

    /** The topic-level Kafka configs to create this topic with. */
    public Map<String, String> kafkaConfigs() {
        var configs = new LinkedHashMap<String, String>();
        configs.put("cleanup.policy", cleanupPolicy.kafkaValue());
        configs.put("retention.ms", keptForever() ? "-1" : Long.toString(retention.toMillis()));
        return Map.copyOf(configs);
    }
}
