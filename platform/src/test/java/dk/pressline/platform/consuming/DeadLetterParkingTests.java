package dk.pressline.platform.consuming;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import dk.pressline.testsupport.kafka.KafkaProbe;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;

/** Records parked through the platform's one dead-letter path arrive as they were, with where they came from and why. */
@SpringBootTest(
        classes = DeadLetterParkingTests.AnyService.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.application.name=search-service")
@RealServers(Server.KAFKA)
class DeadLetterParkingTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class AnyService {}

    @Autowired
    DeadLetterParking parking;

    private String topic;

    @BeforeEach
    void deadLetterTopic() throws Exception {
        topic = "parking-tests-" + UUID.randomUUID() + ".dlq";
        try (var admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    @Test
    void parksARecordWithItsKeyValueAndHeadersAndWhereItCameFromAndWhy() {
        var key = UUID.randomUUID().toString();
        var received = new ReceivedRecord(
                "articles",
                2,
                41,
                key,
                "not an event".getBytes(UTF_8),
                Map.of("x-note", "kept".getBytes(UTF_8), "ce_type", "as text"));

        parking.on(topic).park(received, new IllegalArgumentException("no event in here"));

        try (var probe = KafkaProbe.reading(topic)) {
            var parked = probe.awaitRecordWithKey(key);
            assertThat(new String(parked.value(), UTF_8)).isEqualTo("not an event");
            assertThat(text(parked, "x-note")).isEqualTo("kept");
            assertThat(text(parked, "ce_type")).isEqualTo("as text");
            assertThat(text(parked, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo("articles");
            assertThat(ByteBuffer.wrap(header(parked, KafkaHeaders.DLT_ORIGINAL_PARTITION))
                            .getInt())
                    .isEqualTo(2);
            assertThat(ByteBuffer.wrap(header(parked, KafkaHeaders.DLT_ORIGINAL_OFFSET))
                            .getLong())
                    .isEqualTo(41);
            assertThat(text(parked, KafkaHeaders.DLT_EXCEPTION_FQCN))
                    .isEqualTo(IllegalArgumentException.class.getName());
            assertThat(text(parked, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("no event in here");
        }
    }

    @Test
    void parksATombstoneAsATombstone() {
        var key = UUID.randomUUID().toString();

        parking.on(topic)
                .park(
                        new ReceivedRecord("articles", 0, 7, key, null, Map.of()),
                        new IllegalArgumentException("a tombstone"));

        try (var probe = KafkaProbe.reading(topic)) {
            assertThat(probe.awaitRecordWithKey(key).value()).isNull();
        }
    }

    @Test
    void namesTheReasonFoundAmongTheCausesRatherThanTheWrapperAroundIt() {
        var key = UUID.randomUUID().toString();
        var reason = new IllegalArgumentException("the real reason");

        parking.on(topic)
                .naming(IllegalArgumentException.class)
                .accept(
                        new ConsumerRecord<>("articles", 0, 3L, key, "x".getBytes(UTF_8)),
                        null,
                        new IllegalStateException("a framework's wrapper", new RuntimeException(reason)));

        try (var probe = KafkaProbe.reading(topic)) {
            var parked = probe.awaitRecordWithKey(key);
            assertThat(text(parked, KafkaHeaders.DLT_EXCEPTION_FQCN))
                    .isEqualTo(IllegalArgumentException.class.getName());
            assertThat(text(parked, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("the real reason");
        }
    }

    private static byte[] header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return header.value();
    }

    private static String text(ConsumerRecord<String, byte[]> record, String name) {
        return new String(header(record, name), UTF_8);
    }
}
