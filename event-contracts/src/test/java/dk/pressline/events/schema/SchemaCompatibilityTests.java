package dk.pressline.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.EventJson;
import dk.pressline.events.EventTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class SchemaCompatibilityTests {

    /** Schemas as released, pinned in {@code src/test/resources/published-schemas}. */
    static List<Path> publishedSchemas() throws IOException, URISyntaxException {
        var directory = Path.of(
                SchemaCompatibilityTests.class.getResource("/published-schemas").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyRegisteredTypeHasAPinnedBaseline() throws Exception {
        var released = publishedSchemas().stream()
                .map(file -> file.getFileName().toString())
                .toList();

        assertThat(EventTypes.all()).allSatisfy(type -> assertThat(released).contains(type.name() + ".json"));
    }

    @ParameterizedTest
    @MethodSource("publishedSchemas")
    void releasedSchemaStillExistsAndTheCurrentOneOnlyAddsToIt(Path published) {
        var name = published.getFileName().toString();
        var current = SchemaCompatibilityTests.class.getResource("/schemas/" + name);
        assertThat(current).as("released schema " + name + " was removed").isNotNull();

        var changes = SchemaCompatibility.breakingChanges(read(published), read(current));

        assertThat(changes)
                .as("non-additive changes to " + name + "; publish a new version instead")
                .isEmpty();
    }

    @Test
    void addingAnOptionalPropertyIsCompatible() {
        var baseline = schema("""
                {"type": "object", "required": ["id"], "additionalProperties": false,
                 "properties": {"id": {"type": "string"}}}""");
        var current = schema("""
                {"type": "object", "required": ["id"], "additionalProperties": false,
                 "properties": {"id": {"type": "string"}, "nickname": {"type": "string"}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current)).isEmpty();
    }

    @Test
    void addingAnEnumValueIsCompatible() {
        var baseline = schema("""
                {"type": "object", "properties": {"kind": {"type": "string", "enum": ["A", "B"]}}}""");
        var current = schema("""
                {"type": "object", "properties": {"kind": {"type": "string", "enum": ["A", "B", "C"]}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current)).isEmpty();
    }

    @Test
    void removingAPropertyIsIncompatible() {
        var baseline = schema("""
                {"type": "object", "properties": {"id": {"type": "string"}, "nickname": {"type": "string"}}}""");
        var current = schema("""
                {"type": "object", "properties": {"id": {"type": "string"}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current))
                .containsExactly("$.nickname: property removed");
    }

    @Test
    void addingARequiredPropertyIsIncompatible() {
        var baseline = schema("""
                {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}""");
        var current = schema("""
                {"type": "object", "required": ["id", "nickname"],
                 "properties": {"id": {"type": "string"}, "nickname": {"type": "string"}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current))
                .containsExactly("$.nickname: new required property");
    }

    @Test
    void requiringAnOptionalPropertyIsIncompatible() {
        var baseline = schema("""
                {"type": "object", "properties": {"nickname": {"type": "string"}}}""");
        var current = schema("""
                {"type": "object", "required": ["nickname"], "properties": {"nickname": {"type": "string"}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current))
                .containsExactly("$.nickname: optional property became required");
    }

    @Test
    void changingATypeIsIncompatible() {
        var baseline = schema("""
                {"type": "object", "properties": {"revision": {"type": "integer"}}}""");
        var current = schema("""
                {"type": "object", "properties": {"revision": {"type": "string"}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current))
                .singleElement()
                .asString()
                .startsWith("$.revision: type changed");
    }

    @Test
    void changingAFormatIsIncompatible() {
        var baseline = schema("""
                {"type": "object", "properties": {"at": {"type": "string", "format": "date-time"}}}""");
        var current = schema("""
                {"type": "object", "properties": {"at": {"type": "string", "format": "date"}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current))
                .singleElement()
                .asString()
                .startsWith("$.at: format changed");
    }

    @Test
    void removingAnEnumValueIsIncompatible() {
        var baseline = schema("""
                {"type": "object", "properties": {"kind": {"type": "string", "enum": ["A", "B"]}}}""");
        var current = schema("""
                {"type": "object", "properties": {"kind": {"type": "string", "enum": ["A"]}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current))
                .containsExactly("$.kind: enum value \"B\" removed");
    }

    @Test
    void forbiddingAdditionalPropertiesIsIncompatible() {
        var baseline = schema("""
                {"type": "object", "properties": {"id": {"type": "string"}}}""");
        var current = schema("""
                {"type": "object", "additionalProperties": false, "properties": {"id": {"type": "string"}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current))
                .containsExactly("$: additional properties no longer allowed");
    }

    @Test
    void changesInsideReferencedDefinitionsAndArrayItemsAreFound() {
        var baseline = schema("""
                {"type": "object", "properties": {"authors": {"type": "array", "items": {"$ref": "#/$defs/author"}}},
                 "$defs": {"author": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}}}""");
        var current = schema("""
                {"type": "object", "properties": {"authors": {"type": "array", "items": {"$ref": "#/$defs/writer"}}},
                 "$defs": {"writer": {"type": "object", "properties": {"id": {"type": "string"}}}}}""");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current))
                .containsExactly("$.authors[].name: property removed");
    }

    private static JsonNode schema(String json) {
        return EventJson.mapper().readTree(json);
    }

    private static JsonNode read(Path file) {
        try {
            return EventJson.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(URL resource) {
        try (var in = resource.openStream()) {
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
