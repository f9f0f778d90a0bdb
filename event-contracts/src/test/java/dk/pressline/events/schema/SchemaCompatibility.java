package dk.pressline.events.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Finds the changes between a released JSON Schema and its current version that are not additive, i.e. that could
 * break a consumer built against the released one. Adding an optional property or an enum value is additive; removing
 * a property, changing its type or format, removing an enum value, requiring a property that was optional or new, or
 * forbidding additional properties is not. Local {@code $ref}s ({@code #/...}) are followed.
 */
final class SchemaCompatibility {

    private final JsonNode baselineRoot;
    private final JsonNode currentRoot;
    private final List<String> breakingChanges = new ArrayList<>();
    private final Set<String> comparedRefs = new HashSet<>();

    private SchemaCompatibility(JsonNode baselineRoot, JsonNode currentRoot) {
        this.baselineRoot = baselineRoot;
        this.currentRoot = currentRoot;
    }

    /** Every non-additive change, each prefixed with the path of the value it concerns; empty when compatible. */
    static List<String> breakingChanges(JsonNode baseline, JsonNode current) {
        var compatibility = new SchemaCompatibility(baseline, current);
        compatibility.compare("$", baseline, current);
        return List.copyOf(compatibility.breakingChanges);
    }

    private void compare(String path, JsonNode baseline, JsonNode current) {
        if (baseline.has("$ref") || current.has("$ref")) {
            var pair = baseline.path("$ref").asString("") + " -> "
                    + current.path("$ref").asString("");
            if (!comparedRefs.add(pair)) {
                return;
            }
            compare(path, resolve(baselineRoot, baseline), resolve(currentRoot, current));
            return;
        }
        compareType(path, baseline, current);
        compareEnum(path, baseline, current);
        compareObject(path, baseline, current);
        if (baseline.has("items") && current.has("items")) {
            compare(path + "[]", baseline.get("items"), current.get("items"));
        }
    }

    private void compareType(String path, JsonNode baseline, JsonNode current) {
        if (!Objects.equals(baseline.get("type"), current.get("type"))) {
            breakingChanges.add(path + ": type changed from " + baseline.get("type") + " to " + current.get("type"));
        }
        if (!Objects.equals(baseline.get("format"), current.get("format"))) {
            breakingChanges.add(
                    path + ": format changed from " + baseline.get("format") + " to " + current.get("format"));
        }
    }

    private void compareEnum(String path, JsonNode baseline, JsonNode current) {
        if (!baseline.has("enum") || !current.has("enum")) {
            return;
        }
        var currentValues = new HashSet<>(current.get("enum").values());
        for (JsonNode value : baseline.get("enum").values()) {
            if (!currentValues.contains(value)) {
                breakingChanges.add(path + ": enum value " + value + " removed");
            }
        }
    }

    private void compareObject(String path, JsonNode baseline, JsonNode current) {
        var baselineProperties = baseline.path("properties");
        var currentProperties = current.path("properties");
        for (var property : baselineProperties.properties()) {
            var propertyPath = path + "." + property.getKey();
            if (!currentProperties.has(property.getKey())) {
                breakingChanges.add(propertyPath + ": property removed");
            } else {
                compare(propertyPath, property.getValue(), currentProperties.get(property.getKey()));
            }
        }
        var baselineRequired = new HashSet<>(baseline.path("required").values());
        for (JsonNode required : current.path("required").values()) {
            if (!baselineRequired.contains(required)) {
                var propertyPath = path + "." + required.asString();
                breakingChanges.add(
                        baselineProperties.has(required.asString())
                                ? propertyPath + ": optional property became required"
                                : propertyPath + ": new required property");
            }
        }
        if (allowsAdditionalProperties(baseline) && !allowsAdditionalProperties(current)) {
            breakingChanges.add(path + ": additional properties no longer allowed");
        }
    }

    private static boolean allowsAdditionalProperties(JsonNode schema) {
        var additional = schema.get("additionalProperties");
        return additional == null || !additional.isBoolean() || additional.booleanValue();
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        var ref = schema.get("$ref").asString();
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("Only local $refs can be compared: " + ref);
        }
        var resolved = root.at(ref.substring(1));
        if (resolved.isMissingNode()) {
            throw new IllegalArgumentException("Unresolvable $ref " + ref);
        }
        return resolve(root, resolved);
    }
}
