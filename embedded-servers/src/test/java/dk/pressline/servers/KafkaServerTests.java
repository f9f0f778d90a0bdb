package dk.pressline.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaServerTests {

    @Test
    void inProcessBrokerDeliversARecord() throws Exception {
        try (KafkaServer kafka = InProcessKafkaBroker.start()) {
            produce(kafka, "article-events", "article-1", "ArticlePublished");

            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
            assertThat(consumeAll(kafka, "article-events", 1)).containsExactly("article-1=ArticlePublished");
        }
    }

    @Test
    void processBrokerKeepsATopicsRecordsAcrossRestarts(@TempDir Path dataDirectory) throws Exception {
        try (KafkaServer first = KafkaServer.startProcess(dataDirectory, 0)) {
            assertThat(first.bootstrapServers()).startsWith("127.0.0.1:");
            produce(first, "sponsor-events", "placement-7", "PlacementBooked");
        }

        try (KafkaServer second = KafkaServer.startProcess(dataDirectory, FreePorts.pick())) {
            produce(second, "sponsor-events", "placement-8", "PlacementBooked");

            assertThat(consumeAll(second, "sponsor-events", 2))
                    .containsExactly("placement-7=PlacementBooked", "placement-8=PlacementBooked");
        }
    }

    @Test
    void processBrokerNeedsALibraryHoldingKafkasServerJar(@TempDir Path dataDirectory) {
        Path emptyLibrary = dataDirectory.resolve("lib");

        assertThatThrownBy(() -> KafkaServer.startProcess(dataDirectory.resolve("data"), 0, emptyLibrary))
                .isInstanceOf(ServerStartException.class)
                .hasMessageContaining("kafka-broker");
    }

    private static void produce(KafkaServer kafka, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAll(KafkaServer kafka, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "kafka-server-tests",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(record -> received.add(record.key() + "=" + record.value()));
                return received.size() >= expected;
            });
        }
        return received;
    }
}
