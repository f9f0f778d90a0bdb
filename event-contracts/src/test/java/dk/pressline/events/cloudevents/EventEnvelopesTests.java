package dk.pressline.events.cloudevents;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dk.pressline.events.EventFixtures;
import dk.pressline.events.EventJson;
import dk.pressline.events.PresslineEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class EventEnvelopesTests {

    private static final String TOPIC = "test-articles";

    @Test
    void cloudEventCarriesTheEventsIdentityTypeSourceTimeAndSubject() {
        var event = EventFixtures.articlePublished();

        CloudEvent cloudEvent = EventEnvelopes.toCloudEvent(event, "article-service");

        assertThat(cloudEvent.getId()).isEqualTo(event.eventId().toString());
        assertThat(cloudEvent.getType()).isEqualTo("dk.pressline.article.published.v1");
        assertThat(cloudEvent.getSource()).isEqualTo(URI.create("urn:pressline:article-service"));
        assertThat(cloudEvent.getTime()).isEqualTo(OffsetDateTime.parse("2025-03-14T08:30:00Z"));
        assertThat(cloudEvent.getSubject()).isEqualTo(EventFixtures.ARTICLE_ID.toString());
        assertThat(cloudEvent.getDataContentType()).isEqualTo("application/json");
        assertThat(cloudEvent.getData().toBytes()).isEqualTo(EventJson.toBytes(event));
    }

    @Test
    void producerRecordIsKeyedByAggregateIdOnTheGivenTopic() {
        var event = EventFixtures.deliveryRequested();

        var record = EventEnvelopes.toProducerRecord("pr-17-notification-deliveries", event, "notification-service");

        assertThat(record.topic()).isEqualTo("pr-17-notification-deliveries");
        assertThat(record.key()).isEqualTo(EventFixtures.SUBSCRIBER_ID.toString());
        assertThat(record.value().getSubject()).isEqualTo(record.key());
    }

    @Test
    void onTheWireAttributesAreBinaryModeHeadersAndTheBodyIsJson() {
        var event = EventFixtures.articlePublished();
        var headers = new RecordHeaders();

        byte[] value = serialize(headers, EventEnvelopes.toCloudEvent(event, "article-service"));

        assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(headers, "ce_id")).isEqualTo("e1000000-0000-4000-8000-000000000001");
        assertThat(header(headers, "ce_source")).isEqualTo("urn:pressline:article-service");
        assertThat(header(headers, "ce_type")).isEqualTo("dk.pressline.article.published.v1");
        assertThat(header(headers, "ce_time")).isEqualTo("2025-03-14T08:30:00Z");
        assertThat(header(headers, "ce_subject")).isEqualTo("0b6c7f0e-3a51-4c1e-9d7a-5f2f1c8e4a01");
        assertThat(header(headers, "content-type")).isEqualTo("application/json");
        assertThat(EventJson.mapper().readTree(value))
                .isEqualTo(EventJson.mapper().readTree(EventJson.toBytes(event)));
    }

    @ParameterizedTest
    @MethodSource("dk.pressline.events.EventFixtures#oneOfEachType")
    void everyEventSurvivesTheRoundTripThroughKafkaSerialization(PresslineEvent event) {
        var headers = new RecordHeaders();
        var sent = EventEnvelopes.toCloudEvent(event, "some-service");
        byte[] value = serialize(headers, sent);

        CloudEvent received;
        try (var deserializer = new CloudEventDeserializer()) {
            deserializer.configure(Map.of(), false);
            received = deserializer.deserialize(TOPIC, headers, value);
        }

        assertThat(received).isEqualTo(sent);
        assertThat(EventEnvelopes.fromCloudEvent(received)).isEqualTo(event);
    }

    @Test
    void consumedByteRecordIsDecodedFromItsHeaders() {
        var event = EventFixtures.placementWithdrawn();
        var headers = new RecordHeaders();
        byte[] value = serialize(headers, EventEnvelopes.toCloudEvent(event, "sponsor-service"));
        var record = new ConsumerRecord<>(
                TOPIC,
                0,
                42L,
                0L,
                TimestampType.CREATE_TIME,
                36,
                value.length,
                event.aggregateId(),
                value,
                headers,
                Optional.empty());

        assertThat(EventEnvelopes.fromConsumerRecord(record)).isEqualTo(event);
    }

    @Test
    void decodesFromHeadersAsAConsumerFrameworkHandsThemOver() {
        var event = EventFixtures.articleCorrected();
        var headers = new RecordHeaders();
        byte[] value = serialize(headers, EventEnvelopes.toCloudEvent(event, "article-service"));
        var mapped = new LinkedHashMap<String, Object>();
        headers.forEach(header -> mapped.put(header.key(), header.value()));
        mapped.put("ce_type", "dk.pressline.article.corrected.v1");
        mapped.put("kafka_offset", 7L);

        assertThat(EventEnvelopes.fromHeadersAndValue(mapped, value)).isEqualTo(event);
        assertThatThrownBy(() -> EventEnvelopes.fromHeadersAndValue(Map.of("kafka_offset", 8L), value))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aTombstoneIsMalformedEvenWithAKnownTypesHeaders() {
        var event = EventFixtures.articlePublished();
        var headers = new RecordHeaders();
        serialize(headers, EventEnvelopes.toCloudEvent(event, "article-service"));
        var mapped = new LinkedHashMap<String, Object>();
        headers.forEach(header -> mapped.put(header.key(), header.value()));
        var tombstone = new ConsumerRecord<String, byte[]>(
                TOPIC,
                3,
                9L,
                0L,
                TimestampType.CREATE_TIME,
                36,
                0,
                event.aggregateId(),
                null,
                headers,
                Optional.empty());

        assertThatThrownBy(() -> EventEnvelopes.fromConsumerRecord(tombstone))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("tombstone");
        assertThatThrownBy(() -> EventEnvelopes.fromHeadersAndValue(mapped, null))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("tombstone");
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsMalformed() {
        var record = new ConsumerRecord<String, byte[]>(TOPIC, 0, 1L, "key", "{}".getBytes(UTF_8));

        assertThatThrownBy(() -> EventEnvelopes.fromConsumerRecord(record)).isInstanceOf(MalformedEventException.class);
    }

    /**
     * Records that claim to be CloudEvents (they carry {@code ce_specversion}) but are not valid ones: the headers of a
     * real event with one attribute removed or spoiled, and what the refusal must name.
     */
    static Stream<Arguments> incompleteOrInvalidEnvelopes() {
        return Stream.of(
                arguments("without ce_id", without("ce_id"), "'id'"),
                arguments("without ce_source", without("ce_source"), "'source'"),
                arguments("without ce_type", without("ce_type"), "'type'"),
                arguments("with an unknown spec version", replacing("ce_specversion", "2.0"), "2.0"),
                arguments("with an unparsable ce_time", replacing("ce_time", "yesterday morning"), "time"));
    }

    @ParameterizedTest(name = "a record {0} is malformed")
    @MethodSource("incompleteOrInvalidEnvelopes")
    void aRecordClaimingToBeACloudEventWithoutItsRequiredAttributesIsMalformed(
            String description, UnaryOperator<Map<String, byte[]>> spoil, String named) {
        var event = EventFixtures.articlePublished();
        var headers = new RecordHeaders();
        byte[] value = serialize(headers, EventEnvelopes.toCloudEvent(event, "article-service"));
        var mapped = new LinkedHashMap<String, byte[]>();
        headers.forEach(header -> mapped.put(header.key(), header.value()));
        var spoiled = spoil.apply(mapped);
        var record = new ConsumerRecord<>(TOPIC, 2, 17L, event.aggregateId(), value);
        spoiled.forEach((name, headerValue) -> record.headers().add(name, headerValue));

        assertThatThrownBy(() -> EventEnvelopes.fromHeadersAndValue(spoiled, value))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not a valid CloudEvent")
                .hasMessageContaining(named);
        assertThatThrownBy(() -> EventEnvelopes.fromConsumerRecord(record))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(TOPIC + "-2@17")
                .hasMessageContaining(named);
    }

    private static UnaryOperator<Map<String, byte[]>> without(String header) {
        return headers -> {
            var fewer = new LinkedHashMap<>(headers);
            assertThat(fewer.remove(header)).as("header " + header).isNotNull();
            return fewer;
        };
    }

    private static UnaryOperator<Map<String, byte[]>> replacing(String header, String value) {
        return headers -> {
            var changed = new LinkedHashMap<>(headers);
            assertThat(changed.put(header, value.getBytes(UTF_8)))
                    .as("header " + header)
                    .isNotNull();
            return changed;
        };
    }

    @Test
    void anUnknownTypeIsReportedSoConsumersCanSkipIt() {
        var fromTheFuture = CloudEventBuilder.v1(
                        EventEnvelopes.toCloudEvent(EventFixtures.articleUpdated(), "article-service"))
                .withType("dk.pressline.article.archived.v1")
                .build();

        assertThatThrownBy(() -> EventEnvelopes.fromCloudEvent(fromTheFuture))
                .isInstanceOfSatisfying(
                        UnknownEventTypeException.class,
                        e -> assertThat(e.typeName()).isEqualTo("dk.pressline.article.archived.v1"));
    }

    @Test
    void propertiesAddedByANewerProducerAreIgnored() {
        var event = EventFixtures.placementClickRecorded();
        var body = (ObjectNode) EventJson.mapper().readTree(EventJson.toBytes(event));
        body.put("referrer", "https://pressline.dk/nyhedsbrev");
        var newer = CloudEventBuilder.v1(EventEnvelopes.toCloudEvent(event, "notification-service"))
                .withData("application/json", EventJson.mapper().writeValueAsBytes(body))
                .build();

        assertThat(EventEnvelopes.fromCloudEvent(newer)).isEqualTo(event);
    }

    @Test
    void aBodyMissingARequiredFieldIsMalformed() {
        var event = EventFixtures.deliveryRequested();
        var body = (ObjectNode) EventJson.mapper().readTree(EventJson.toBytes(event));
        body.remove("subscriberId");
        var broken = CloudEventBuilder.v1(EventEnvelopes.toCloudEvent(event, "notification-service"))
                .withData("application/json", EventJson.mapper().writeValueAsBytes(body))
                .build();

        assertThatThrownBy(() -> EventEnvelopes.fromCloudEvent(broken)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void producerConfigSendsStringKeysAndBinaryModeCloudEvents() {
        assertThat(EventEnvelopes.producerConfig())
                .containsEntry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName())
                .containsEntry(CloudEventSerializer.ENCODING_CONFIG, "BINARY");
    }

    private static byte[] serialize(Headers headers, CloudEvent cloudEvent) {
        try (var serializer = new CloudEventSerializer()) {
            serializer.configure(EventEnvelopes.producerConfig(), false);
            return serializer.serialize(TOPIC, headers, cloudEvent);
        }
    }

    private static String header(Headers headers, String key) {
        var header = headers.lastHeader(key);
        assertThat(header).as("header " + key).isNotNull();
        return new String(header.value(), UTF_8);
    }
}
