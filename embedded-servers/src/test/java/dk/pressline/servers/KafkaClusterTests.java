package dk.pressline.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClusterTests {

    @Test
    void threeNodesKeepAcceptingAndServingWritesWhileOneIsKilledAndTakeItBackWhenItRestarts(@TempDir Path data)
            throws Exception {
        try (KafkaCluster cluster = KafkaCluster.start(data, 3, KafkaServer.configuredBrokerLibrary())) {
            assertThat(cluster.bootstrapServers().split(",")).hasSize(3);
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("articles", 3, (short) 3)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
                assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS))
                        .hasSize(3);
            }
            try (var producer = producer(cluster)) {
                producer.send(new ProducerRecord<>("articles", "a-1", "before")).get(30, TimeUnit.SECONDS);

                cluster.kill(2);
                for (int i = 1; i <= 5; i++) {
                    producer.send(new ProducerRecord<>("articles", "b-" + i, "without node 2"))
                            .get(60, TimeUnit.SECONDS);
                }

                cluster.restart(2);
                producer.send(new ProducerRecord<>("articles", "c-1", "after")).get(30, TimeUnit.SECONDS);
            }

            assertThat(consumeAll(cluster.bootstrapServers(), 7))
                    .containsExactlyInAnyOrder("a-1", "b-1", "b-2", "b-3", "b-4", "b-5", "c-1");
            assertThat(Set.of(data.resolve("node-1"), data.resolve("node-2"), data.resolve("node-3")))
                    .allMatch(node -> node.resolve("kraft-combined-logs/meta.properties")
                            .toFile()
                            .isFile());
        }
    }

    private static KafkaProducer<String, String> producer(KafkaCluster cluster) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    private static List<String> consumeAll(String bootstrapServers, int expected) {
        List<String> keys = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "cluster-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of("articles"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (keys.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
            }
        }
        return keys;
    }
}
