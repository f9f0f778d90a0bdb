package dk.pressline.events.schema;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dk.pressline.events.EventJson;
import dk.pressline.events.EventType;
import dk.pressline.events.EventTypes;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.cloudevents.UnknownEventTypeException;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks event bodies against the JSON Schemas in {@code /schemas}, the producers' contract. Meant for tests: a
 * producer's test validates what it emits, so a field added to a record but not to its schema fails the build.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** @throws SchemaViolationException listing every violation when the JSON does not match the type's schema */
    public static void validate(EventType<?> type, byte[] json) {
        JsonNode body;
        try {
            body = EventJson.mapper().readTree(json);
        } catch (JacksonException e) {
            throw new SchemaViolationException(type.name(), List.of("body is not JSON: " + e.getOriginalMessage()));
        }
        var violations = schemaOf(type).validate(body).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
        if (!violations.isEmpty()) {
            throw new SchemaViolationException(type.name(), violations);
        }
    }

    /** Validates a CloudEvent's data against the schema of its type. */
    public static void validate(CloudEvent cloudEvent) {
        EventType<?> type = EventTypes.byName(cloudEvent.getType())
                .orElseThrow(() -> new UnknownEventTypeException(cloudEvent.getType()));
        if (cloudEvent.getData() == null) {
            throw new SchemaViolationException(
                    type.name(), List.of("CloudEvent " + cloudEvent.getId() + " has no data"));
        }
        validate(type, cloudEvent.getData().toBytes());
    }

    /** Validates an event as the shared JSON mapping writes it. */
    public static void validate(PresslineEvent event) {
        validate(EventTypes.of(event.getClass()), EventJson.toBytes(event));
    }

    /** The parsed JSON Schema of a type. */
    public static JsonNode schemaDocument(EventType<?> type) {
        return schemaOf(type).getSchemaNode();
    }

    private static Schema schemaOf(EventType<?> type) {
        return SCHEMAS.computeIfAbsent(type.name(), name -> load(type));
    }

    private static Schema load(EventType<?> type) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No JSON Schema for " + type.name() + " at " + type.schemaResource());
            }
            // The $id is the bare type name, a relative IRI; it resolves against the location the schema is read from.
            return REGISTRY.getSchema(SchemaLocation.of("classpath:" + type.schemaResource()), in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
