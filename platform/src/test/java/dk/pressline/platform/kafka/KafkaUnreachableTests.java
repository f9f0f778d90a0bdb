package dk.pressline.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dk.pressline.events.EventFixtures;
import dk.pressline.events.cloudevents.EventEnvelopes;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** What a service sees while no broker answers: health DOWN, and sends that fail instead of hanging. */
class KafkaUnreachableTests {

    static String nobodyListening;

    @BeforeAll
    static void findAPortNobodyListensOn() throws IOException {
        try (var socket = new ServerSocket(0)) {
            nobodyListening = "127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    void reportsAnUnreachableClusterAsDown() {
        var indicator =
                new KafkaClusterHealthIndicator(Map.of("bootstrap.servers", nobodyListening), Duration.ofSeconds(1));
        try {
            assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
        } finally {
            indicator.destroy();
        }
    }

    @Test
    void failsASendTheBrokerNeverAcknowledges() {
        Map<String, Object> config = new HashMap<>(EventEnvelopes.producerConfig());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, nobodyListening);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000);
        var template = new KafkaTemplate<String, io.cloudevents.CloudEvent>(new DefaultKafkaProducerFactory<>(config));
        var sender = new KafkaEventSender(template, new TopicNames(""), "article-service", Duration.ofSeconds(1));
        try {
            assertThatExceptionOfType(KafkaEventSender.EventNotSentException.class)
                    .isThrownBy(() -> sender.send(EventFixtures.articlePublished()))
                    .withMessageContaining(
                            EventFixtures.articlePublished().eventId().toString());
        } finally {
            template.destroy();
        }
    }
}
