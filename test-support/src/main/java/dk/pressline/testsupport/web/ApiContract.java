package dk.pressline.testsupport.web;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI 3.1 description read as a contract that requests and responses are checked against: an
 * operation, a status, a query parameter, a media type or a body field that the description does not name is a
 * violation. Schemas are JSON Schema 2020-12, OpenAPI 3.1's own dialect, validated by networknt's json-schema-validator;
 * an object schema that lists its properties and says nothing of others is read as closed
 * ({@code additionalProperties: false}), since the services' records carry exactly the fields they document.
 * Request headers are not checked: the security scheme, {@code If-Match} and the like are the services' own tests' job.
 */
public final class ApiContract {

    private static final JsonMapper json = JsonMapper.builder().build();
    // One registry per description: a registry keeps what it read by location, and every description is read as one.
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final List<String> HTTP_METHODS =
            List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final ObjectNode document;
    private final List<PathTemplate> paths = new ArrayList<>();
    private final Map<JsonNode, Schema> validators = new IdentityHashMap<>();

    private ApiContract(ObjectNode document) {
        this.document = document;
        closeObjectSchemas(document);
        document.path("paths").propertyNames().forEach(path -> paths.add(PathTemplate.of(path)));
        // A literal segment wins over a template variable, as in Spring's matching: /a/by-slug/{s} before /a/{id}/x.
        paths.sort((a, b) -> Integer.compare(a.variables(), b.variables()));
    }

    /** Reads an OpenAPI 3.1 description in JSON. */
    public static ApiContract of(String description) {
        var document = json.readTree(description);
        if (!(document instanceof ObjectNode object)
                || !document.path("openapi").asString("").startsWith("3.1")) {
            throw new IllegalArgumentException(
                    "Not an OpenAPI 3.1 description: " + description.substring(0, Math.min(200, description.length())));
        }
        return new ApiContract(object);
    }

    /** Whether the description has the request's path, under any method. */
    public boolean documentsPath(String pathAndQuery) {
        var path = Target.of(pathAndQuery).path();
        return paths.stream().anyMatch(template -> template.match(path).isPresent());
    }

    /** What about this request the description does not document; empty when it does all of it. */
    public List<String> requestViolations(String method, String pathAndQuery, String contentType, String body) {
        var target = Target.of(pathAndQuery);
        var violations = new ArrayList<String>();
        var operation = operation(method, target.path(), violations);
        if (operation.isEmpty()) {
            return violations;
        }
        var match = operation.get();
        var parameters = parameters(match);
        match.variables().forEach((name, value) -> {
            var parameter = parameters.get("path:" + name);
            if (parameter != null) {
                violations.addAll(valueViolations("path parameter " + name, parameter.path("schema"), List.of(value)));
            }
        });
        target.query().forEach((name, values) -> {
            var parameter = parameters.get("query:" + name);
            if (parameter == null) {
                violations.add("query parameter " + name + " is not documented");
            } else {
                violations.addAll(valueViolations("query parameter " + name, parameter.path("schema"), values));
            }
        });
        parameters.forEach((key, parameter) -> {
            if (key.startsWith("query:")
                    && parameter.path("required").asBoolean(false)
                    && !target.query().containsKey(parameter.path("name").asString())) {
                violations.add(
                        "required query parameter " + parameter.path("name").asString() + " is missing");
            }
        });
        var requestBody = resolve(match.operation().path("requestBody"));
        if (body == null || body.isEmpty()) {
            if (requestBody.path("required").asBoolean(false)) {
                violations.add("the required request body is missing");
            }
        } else if (requestBody.isMissingNode()) {
            violations.add("a request body is sent, and the operation documents none");
        } else {
            violations.addAll(bodyViolations("request body", requestBody.path("content"), contentType, body));
        }
        return violations;
    }

    /** What about this response the description does not document; empty when it does all of it. */
    public List<String> responseViolations(
            String method, String pathAndQuery, int status, String contentType, String body) {
        var violations = new ArrayList<String>();
        var operation = operation(method, Target.of(pathAndQuery).path(), violations);
        if (operation.isEmpty()) {
            return violations;
        }
        var responses = operation.get().operation().path("responses");
        var response = firstPresent(responses, String.valueOf(status), (status / 100) + "XX", "default");
        if (response.isMissingNode()) {
            violations.add("status " + status + " is not documented (documented: "
                    + String.join(", ", responses.propertyNames()) + ")");
            return violations;
        }
        if (body != null && !body.isEmpty()) {
            var content = resolve(response).path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                violations.add(
                        "status " + status + " is documented without a body, and it has one: " + abbreviated(body));
            } else {
                violations.addAll(bodyViolations("status " + status + " body", content, contentType, body));
            }
        }
        return violations;
    }

    private Optional<OperationMatch> operation(String method, String path, List<String> violations) {
        for (var template : paths) {
            var variables = template.match(path);
            if (variables.isEmpty()) {
                continue;
            }
            var pathItem = document.path("paths").path(template.template());
            var operation = pathItem.path(method.toLowerCase());
            if (operation.isMissingNode()) {
                violations.add(method + " " + template.template() + " is not documented (documented: "
                        + HTTP_METHODS.stream()
                                .filter(pathItem::has)
                                .map(String::toUpperCase)
                                .toList() + ")");
                return Optional.empty();
            }
            return Optional.of(new OperationMatch(template.template(), pathItem, operation, variables.get()));
        }
        violations.add("path " + path + " is not documented");
        return Optional.empty();
    }

    /** The operation's parameters and its path's, by {@code in:name}; the operation's own win. */
    private Map<String, JsonNode> parameters(OperationMatch match) {
        var parameters = new LinkedHashMap<String, JsonNode>();
        for (var source :
                List.of(match.pathItem().path("parameters"), match.operation().path("parameters"))) {
            for (var declared : source) {
                var parameter = resolve(declared);
                parameters.put(
                        parameter.path("in").asString() + ":"
                                + parameter.path("name").asString(),
                        parameter);
            }
        }
        return parameters;
    }

    private List<String> valueViolations(String what, JsonNode schema, List<String> values) {
        var array = schemaTypes(schema).contains("array");
        var itemSchema = array ? schema.path("items") : schema;
        var items = JsonNodeFactory.instance.arrayNode();
        values.forEach(value -> items.add(typed(value, schemaTypes(itemSchema))));
        JsonNode instance = array ? items : items.get(0);
        if (!array && values.size() > 1) {
            return List.of(what + " is given " + values.size() + " times, and it is documented as one value");
        }
        return schemaViolations(what, schema, instance);
    }

    /** A parameter's text as the JSON value its schema types it as, where it reads as one. */
    private static JsonNode typed(String value, List<String> types) {
        if (types.contains("integer") || types.contains("number") || types.contains("boolean")) {
            try {
                var parsed = json.readTree(value);
                if (parsed.isNumber() || parsed.isBoolean()) {
                    return parsed;
                }
            } catch (JacksonException notJson) {
                // Not a number nor a boolean: validated as the text it is, which the schema then refuses.
            }
        }
        return JsonNodeFactory.instance.stringNode(value);
    }

    private static List<String> schemaTypes(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            var types = new ArrayList<String>();
            type.forEach(t -> types.add(t.asString()));
            return types;
        }
        return type.isString() ? List.of(type.asString()) : List.of();
    }

    private List<String> bodyViolations(String what, JsonNode content, String contentType, String body) {
        var mediaType = mediaType(content, contentType);
        if (mediaType.isEmpty()) {
            return List.of(what + " has content type " + contentType + ", and the documented ones are "
                    + String.join(", ", content.propertyNames()));
        }
        var schema = mediaType.get().path("schema");
        if (schema.isMissingNode()) {
            return List.of();
        }
        if (contentType == null || !baseType(contentType).endsWith("json")) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = json.readTree(body);
        } catch (JacksonException e) {
            return List.of(what + " is not JSON: " + e.getOriginalMessage());
        }
        return schemaViolations(what, schema, instance);
    }

    /** The documented media type that a content type falls under: itself, its {@code type/*}, or {@code * /*}. */
    private static Optional<JsonNode> mediaType(JsonNode content, String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        var base = baseType(contentType);
        var anyOfType = base.substring(0, base.indexOf('/') + 1) + "*";
        for (var candidate : List.of(base, anyOfType, "*/*")) {
            if (content.has(candidate)) {
                return Optional.of(content.path(candidate));
            }
        }
        return Optional.empty();
    }

    private static String baseType(String contentType) {
        return contentType.split(";", 2)[0].trim().toLowerCase();
    }

    /**
     * Validates against a schema of the description, whose {@code $ref}s into {@code #/components} resolve because the
     * schema is validated as the root of a copy that carries the components beside it.
     */
    private List<String> schemaViolations(String what, JsonNode schema, JsonNode instance) {
        Schema validator;
        synchronized (validators) {
            validator = validators.computeIfAbsent(schema, this::validator);
        }
        return validator.validate(instance).stream()
                .map(error -> what + " " + pointer(error.getInstanceLocation().toString()) + ": " + error.getMessage())
                .toList();
    }

    private Schema validator(JsonNode schema) {
        var root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        root.set("allOf", JsonNodeFactory.instance.arrayNode().add(schema));
        return schemas.getSchema(SchemaLocation.of("https://pressline.test/openapi.json"), root);
    }

    private static String pointer(String location) {
        return location.isEmpty() ? "$" : location;
    }

    private JsonNode resolve(JsonNode node) {
        var reference = node.path("$ref");
        if (!reference.isString()) {
            return node;
        }
        return resolve(document.at(reference.asString().substring(1)));
    }

    private JsonNode firstPresent(JsonNode responses, String... keys) {
        for (var key : keys) {
            if (responses.has(key)) {
                return responses.path(key);
            }
        }
        return responses.path("missing:none");
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    /** Closes every object schema that lists properties and leaves others unsaid, so an undocumented field fails. */
    private static void closeObjectSchemas(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("properties").isObject()
                    && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("additionalProperties", false);
            }
            object.values().forEach(ApiContract::closeObjectSchemas);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ApiContract::closeObjectSchemas);
        }
    }

    private record OperationMatch(
            String template, JsonNode pathItem, JsonNode operation, Map<String, String> variables) {}

    /** A path of the description, {@code /api/articles/{id}}, as a pattern a request's path is matched with. */
    private record PathTemplate(String template, Pattern pattern, List<String> names) {

        private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

        static PathTemplate of(String template) {
            var names = new ArrayList<String>();
            var regex = new StringBuilder();
            var matcher = VARIABLE.matcher(template);
            var last = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(template.substring(last, matcher.start())))
                        .append("([^/]+)");
                names.add(matcher.group(1));
                last = matcher.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            return new PathTemplate(template, Pattern.compile(regex.toString()), names);
        }

        int variables() {
            return names.size();
        }

        Optional<Map<String, String>> match(String path) {
            var matcher = pattern.matcher(path);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            var variables = new LinkedHashMap<String, String>();
            for (int i = 0; i < names.size(); i++) {
                variables.put(names.get(i), URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
            }
            return Optional.of(variables);
        }
    }

    /** A request's path and its query parameters, decoded. */
    private record Target(String path, Map<String, List<String>> query) {

        static Target of(String pathAndQuery) {
            var parts = pathAndQuery.split("\\?", 2);
            var query = new LinkedHashMap<String, List<String>>();
            if (parts.length == 2 && !parts[1].isEmpty()) {
                for (var parameter : parts[1].split("&")) {
                    var pair = parameter.split("=", 2);
                    var name = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
                    var value = pair.length == 2 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "";
                    query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
            return new Target(parts[0], query);
        }
    }
}
