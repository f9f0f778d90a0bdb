package dk.pressline.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topic;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.schema.EventSchemas;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.assertj.core.api.SoftAssertions;

/** Checks a record taken off the broker against the Pressline event it should carry. */
public final class CloudEventAssertions {

    private CloudEventAssertions() {}

    /**
     * Asserts the record is the event as a binary-mode CloudEvent: keyed by aggregate id, every {@code ce_} header
     * and the content type intact, a body that validates against the type's schema and decodes to the same event.
     */
    public static void assertCarriesEvent(
            ConsumerRecord<String, byte[]> record, PresslineEvent expected, String sourceService) {
        var type = EventTypes.of(expected.getClass());
        var softly = new SoftAssertions();
        softly.assertThat(record.key()).as("record key").isEqualTo(expected.aggregateId());
        softly.assertThat(header(record, "ce_specversion")).as("ce_specversion").isEqualTo("1.0");
        softly.assertThat(header(record, "ce_id"))
                .as("ce_id")
                .isEqualTo(expected.eventId().toString());
        softly.assertThat(header(record, "ce_type")).as("ce_type").isEqualTo(type.name());
        softly.assertThat(header(record, "ce_source")).as("ce_source").isEqualTo("urn:pressline:" + sourceService);
        softly.assertThat(header(record, "ce_subject")).as("ce_subject").isEqualTo(expected.aggregateId());
        softly.assertThat(header(record, "ce_time"))
                .as("ce_time")
                .satisfies(time ->
                        assertThat(OffsetDateTime.parse(time).toInstant()).isEqualTo(expected.occurredAt()));
        softly.assertThat(header(record, "content-type")).as("content-type").isEqualTo("application/json");
        softly.assertAll();

        EventSchemas.validate(type, record.value());
        assertThat(EventEnvelopes.fromConsumerRecord(record)).isEqualTo(expected);
    }

    /**
     * Sends the event the way the service does, reads it back off the real broker, and asserts it arrived as
     * {@link #assertCarriesEvent the CloudEvent it should be}.
     *
     * @param send the service's way of sending an event
     * @param topicName the name a catalogue topic has on the test broker
     */
    public static void assertRoundTripsThroughTheBroker(
            PresslineEvent event,
            Consumer<PresslineEvent> send,
            Function<Topic, String> topicName,
            String sourceService) {
        send.accept(event);
        try (var probe = KafkaProbe.reading(
                topicName.apply(EventTypes.of(event.getClass()).topic()))) {
            assertCarriesEvent(probe.awaitRecordWithKey(event.aggregateId()), event, sourceService);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
