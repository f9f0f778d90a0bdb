package dk.pressline.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@OnFaultPlatform
class PoisonRecordFaultTests {

    /** Every consumed topic, with an event type its consumers know. */
    private static final Map<String, String> KNOWN_TYPES = Map.of(
            "articles", "dk.pressline.article.published.v1",
            "placements", "dk.pressline.placement.activated.v1",
            "interactions", "dk.pressline.interaction.placement-click.v1",
            "notification-deliveries", "dk.pressline.notification.delivery-requested.v1");

    private static final int OVERSIZED_BYTES = 900 * 1024;

    @Test
    void recordsThatAreNotEventsHoldUpNoConsumerAndLoseNothing(FaultPlatform.Running running) throws Exception {
        var kafka = running.platform().kafkaCluster().bootstrapServers();
        FaultScenario.run(running, "Poison records", workload -> {
            try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    kafka,
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                    2 * OVERSIZED_BYTES,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class))) {
                for (var topic : KNOWN_TYPES.entrySet()) {
                    for (var partition : producer.partitionsFor(topic.getKey())) {
                        for (var poison : poisonFor(topic.getKey(), partition.partition(), topic.getValue())) {
                            producer.send(poison).get(30, TimeUnit.SECONDS);
                        }
                    }
                }
            }
        });

        assertThat(consumerGroupsBehind(kafka, Duration.ofMinutes(2)))
                .as("consumer group partitions not past the poison records")
                .isEmpty();
    }

    /**
     * Not JSON, an unknown type, a CloudEvent without its id, a tombstone and a value near the broker's limit, on one
     * partition.
     */
    private static List<ProducerRecord<String, byte[]>> poisonFor(String topic, int partition, String knownType) {
        var key = UUID.randomUUID().toString();
        var oversized = new byte[OVERSIZED_BYTES];
        java.util.Arrays.fill(oversized, (byte) 'x');
        return List.of(
                record(topic, partition, key, knownType, "{not json".getBytes(StandardCharsets.UTF_8)),
                record(
                        topic,
                        partition,
                        key,
                        "dk.pressline.fault-suite.unknown.v1",
                        "{\"what\": \"an event type no consumer knows\"}".getBytes(StandardCharsets.UTF_8)),
                withoutHeader(record(topic, partition, key, knownType, "{}".getBytes(StandardCharsets.UTF_8)), "ce_id"),
                new ProducerRecord<>(topic, partition, key, null),
                record(topic, partition, key, knownType, oversized));
    }

    private static ProducerRecord<String, byte[]> record(
            String topic, int partition, String key, String type, byte[] value) {
        var record = new ProducerRecord<String, byte[]>(topic, partition, key, value);
        var headers = Map.of(
                "ce_specversion",
                "1.0",
                "ce_id",
                UUID.randomUUID().toString(),
                "ce_source",
                "/pressline/fault-suite",
                "ce_type",
                type,
                "content-type",
                "application/json");
        headers.forEach((name, header) ->
                record.headers().add(new RecordHeader(name, header.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    private static ProducerRecord<String, byte[]> withoutHeader(ProducerRecord<String, byte[]> record, String name) {
        record.headers().remove(name);
        return record;
    }

    /** Consumer group partitions whose committed offset is still short of the end after waiting; empty when none. */
    private static List<String> consumerGroupsBehind(String kafka, Duration wait) throws Exception {
        var deadline = System.nanoTime() + wait.toNanos();
        try (var admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            while (true) {
                var behind = new ArrayList<String>();
                for (var group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
                    var committed = admin.listConsumerGroupOffsets(group.groupId())
                            .partitionsToOffsetAndMetadata()
                            .get(30, TimeUnit.SECONDS);
                    var consumed = new HashMap<TopicPartition, OffsetSpec>();
                    committed.keySet().stream()
                            .filter(partition -> KNOWN_TYPES.containsKey(partition.topic()))
                            .forEach(partition -> consumed.put(partition, OffsetSpec.latest()));
                    var ends = admin.listOffsets(consumed).all().get(30, TimeUnit.SECONDS);
                    ends.forEach((partition, end) -> {
                        var offset = committed.get(partition);
                        if (offset == null || offset.offset() < end.offset()) {
                            behind.add(group.groupId() + " on " + partition + " at "
                                    + (offset == null ? "nothing" : offset.offset()) + " of " + end.offset());
                        }
                    });
                }
                if (behind.isEmpty() || System.nanoTime() > deadline) {
                    return behind;
                }
                Thread.sleep(2000);
            }
        }
    }
}
