package dk.pressline.events.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.pressline.events.EventFixtures;
import dk.pressline.events.EventJson;
import dk.pressline.events.EventType;
import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.cloudevents.EventEnvelopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventSchemaTests {

    @Test
    void everyEventTypeHasAFixtureAndASchema() {
        Set<EventType<?>> typesWithFixture = EventFixtures.oneOfEachType().stream()
                .<EventType<?>>map(event -> EventTypes.of(event.getClass()))
                .collect(Collectors.toSet());

        assertThat(typesWithFixture).containsExactlyInAnyOrderElementsOf(EventTypes.all());
        for (EventType<?> type : EventTypes.all()) {
            assertThat(EventSchemas.class.getResource(type.schemaResource()))
                    .as(type.schemaResource())
                    .isNotNull();
            assertThat(EventSchemas.schemaDocument(type).path("$id").stringValue())
                    .isEqualTo(type.name());
        }
    }

    @ParameterizedTest
    @MethodSource("dk.pressline.events.EventFixtures#oneOfEachType")
    void everyFixtureAsProducedValidatesAgainstItsSchema(PresslineEvent event) {
        var cloudEvent = EventEnvelopes.toCloudEvent(event, "article-service");

        assertThatCode(() -> EventSchemas.validate(cloudEvent)).doesNotThrowAnyException();
        assertThatCode(() -> EventSchemas.validate(
                        EventTypes.of(event.getClass()), cloudEvent.getData().toBytes()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("dk.pressline.events.EventFixtures#oneOfEachType")
    void fixturesPopulateEveryPropertyTheirSchemaDeclares(PresslineEvent event) {
        var type = EventTypes.of(event.getClass());
        var schema = EventSchemas.schemaDocument(type);
        var missing = new ArrayList<String>();

        collectUnpopulated("$", schema, schema, EventJson.mapper().readTree(EventJson.toBytes(event)), missing);

        assertThat(missing)
                .as("schema properties the fixture of " + type.name() + " leaves out")
                .isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsAViolation() {
        var violation = violationsOf(
                EventFixtures.articlePublished(), body -> ((ObjectNode) body.get("article")).remove("headline"));

        assertThat(violation).singleElement().asString().contains("headline");
    }

    @Test
    void aValueOfTheWrongTypeIsAViolation() {
        var violation = violationsOf(
                EventFixtures.placementClickRecorded(), body -> ((ObjectNode) body).put("placementRevision", "three"));

        assertThat(violation).singleElement().asString().contains("placementRevision");
    }

    @Test
    void aWronglyFormattedValueIsAViolation() {
        var violation = violationsOf(
                EventFixtures.deliveryRequested(), body -> ((ObjectNode) body).put("occurredAt", "14/03/2025 08:30"));

        assertThat(violation).singleElement().asString().contains("occurredAt");
    }

    @Test
    void anUnknownExtraPropertyIsAViolation() {
        var violation = violationsOf(
                EventFixtures.placementActivated(), body -> ((ObjectNode) body.get("placement")).put("discount", 20));

        assertThat(violation).singleElement().asString().contains("discount");
    }

    @Test
    void aValueOutsideAnEnumIsAViolation() {
        var violation = violationsOf(
                EventFixtures.placementImpressionRecorded(), body -> ((ObjectNode) body).put("channel", "BILLBOARD"));

        assertThat(violation).singleElement().asString().contains("channel");
    }

    @Test
    void aPlacementWithABlankDisclosureLabelIsAViolation() {
        var violation = violationsOf(
                EventFixtures.placementUpdated(), body -> ((ObjectNode) body.get("placement")).put("label", "  "));

        assertThat(violation).singleElement().asString().contains("label");
    }

    @Test
    void everyViolationIsListed() {
        var violations = violationsOf(EventFixtures.articleUnpublished(), body -> {
            ((ObjectNode) body).remove("reason");
            ((ObjectNode) body).put("articleId", "not-a-uuid");
            ((ObjectNode) body.get("article")).put("language", "de");
        });

        assertThat(violations).hasSize(3);
    }

    private static List<String> violationsOf(PresslineEvent event, Consumer<JsonNode> breakBody) {
        var body = EventJson.mapper().readTree(EventJson.toBytes(event));
        breakBody.accept(body);
        var type = EventTypes.of(event.getClass());
        byte[] json = EventJson.mapper().writeValueAsBytes(body);

        var thrown = catchThrowableOfType(SchemaViolationException.class, () -> EventSchemas.validate(type, json));

        assertThat(thrown).as("validation of a broken " + type.name()).isNotNull();
        assertThat(thrown.typeName()).isEqualTo(type.name());
        return thrown.violations();
    }

    private static void collectUnpopulated(
            String path, JsonNode root, JsonNode schema, JsonNode instance, List<String> missing) {
        if (schema.has("$ref")) {
            collectUnpopulated(
                    path, root, root.at(schema.get("$ref").stringValue().substring(1)), instance, missing);
            return;
        }
        for (var property : schema.path("properties").properties()) {
            var value = instance.get(property.getKey());
            if (value == null) {
                missing.add(path + "." + property.getKey());
            } else {
                collectUnpopulated(path + "." + property.getKey(), root, property.getValue(), value, missing);
            }
        }
        if (schema.has("items")) {
            if (instance.isEmpty()) {
                missing.add(path + "[]");
            }
            for (JsonNode item : instance.values()) {
                collectUnpopulated(path + "[]", root, schema.get("items"), item, missing);
            }
        }
    }
}
