package dk.pressline.deploy.fuzz;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests for one operation, derived from its OpenAPI description: each starts from values its schema allows
 * (ids that exist nowhere) and gives one parameter or one field a twist: the wrong type, a value past a bound, one
 * out of its enum or form, markup, awkward unicode, a huge value, a field missing or one too many; or the body as a
 * whole is broken. A guarded operation (one that stores what it is given) gets only requests its schema refuses:
 * a twist the schema allows, such as markup, goes with a required field left out.
 */
final class HostileInputs {

    static final int PER_OPERATION = 16;
    /** The address every sign-up of the fuzz starts from, to find what a sign-up could have stored. */
    static final String FUZZ_ADDRESS = "fuzz-signup@example.dk";

    static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    static final String UNICODE = "Ærø \u0000 \u202Eevil\u202C 🧨 \uFEFF e\u0301 \u0085";
    private static final String LONE_SURROGATE = "lone-surrogate-placeholder";
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

    private final String method;
    private final String template;
    private final boolean guarded;
    private final Random random;
    private final Map<String, Parameter> pathParameters = new LinkedHashMap<>();
    private final Map<String, Parameter> queryParameters = new LinkedHashMap<>();
    private final Map<String, Parameter> headerParameters = new LinkedHashMap<>();
    private final Schema<?> bodySchema;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, String> baseQuery = new LinkedHashMap<>();

    private HostileInputs(String method, String template, Operation operation, boolean guarded, Random random) {
        this.method = method;
        this.template = template;
        this.guarded = guarded;
        this.random = random;
        for (var parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            switch (parameter.getIn()) {
                case "path" -> pathParameters.put(parameter.getName(), parameter);
                case "header" -> headerParameters.put(parameter.getName(), parameter);
                default -> flatten(parameter).forEach(query -> queryParameters.put(query.getName(), query));
            }
        }
        var content = operation.getRequestBody() == null
                ? null
                : operation.getRequestBody().getContent();
        bodySchema = content == null || content.get("application/json") == null
                ? null
                : content.get("application/json").getSchema();
        pathParameters.forEach((name, parameter) -> pathValues.put(name, bogus(parameter.getSchema())));
        queryParameters.forEach((name, parameter) -> {
            if (Boolean.TRUE.equals(parameter.getRequired())) {
                baseQuery.put(name, bogus(parameter.getSchema()));
            }
        });
    }

    /** At most {@value #PER_OPERATION} hostile requests for the operation, the same ones for the same random seed. */
    static List<HostileRequest> forOperation(
            String method, String template, Operation operation, boolean guarded, Random random) {
        var inputs = new HostileInputs(method, template, operation, guarded, random);
        var candidates = inputs.candidates();
        Collections.shuffle(candidates, random);
        return candidates.subList(0, Math.min(PER_OPERATION, candidates.size()));
    }

    /** Whether the operation takes any input a client chooses. */
    static boolean takesInput(Operation operation) {
        return (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || operation.getRequestBody() != null;
    }

    private List<HostileRequest> candidates() {
        var candidates = new ArrayList<HostileRequest>();
        pathParameters.forEach((name, parameter) -> {
            for (var twist : parameterTwists(parameter.getSchema(), true)) {
                var values = new LinkedHashMap<>(pathValues);
                values.put(name, twist.value());
                candidates.add(request(name + ": " + twist.name(), values, baseQuery, Map.of(), baseBody()));
            }
        });
        queryParameters.forEach((name, parameter) -> {
            for (var twist : parameterTwists(parameter.getSchema(), false)) {
                var query = new LinkedHashMap<>(baseQuery);
                query.put(name, twist.value());
                candidates.add(request(name + ": " + twist.name(), pathValues, query, Map.of(), baseBody()));
            }
            if (Boolean.TRUE.equals(parameter.getRequired())) {
                var query = new LinkedHashMap<>(baseQuery);
                query.remove(name);
                candidates.add(request(name + ": missing", pathValues, query, Map.of(), baseBody()));
            }
        });
        var unknown = new LinkedHashMap<>(baseQuery);
        unknown.put("unexpected", MARKUP);
        candidates.add(request("an unknown query parameter", pathValues, unknown, Map.of(), baseBody()));
        headerParameters.forEach((name, parameter) -> {
            for (var value : List.of("\"not-an-etag", "*", "W/\"" + "x".repeat(6000) + "\"", "<b>x</b>")) {
                candidates.add(request(
                        name + ": " + abbreviate(value), pathValues, baseQuery, Map.of(name, value), baseBody()));
            }
        });
        if (bodySchema != null) {
            candidates.addAll(bodyTwists());
        } else if (!method.equals("GET")) {
            candidates.add(request(
                    "an unexpected body",
                    pathValues,
                    baseQuery,
                    Map.of(),
                    "{\"id\": " + MARKUP.length() + ", \"unexpected\": \"" + MARKUP.replace("\"", "'") + "\"}"));
        }
        return candidates;
    }

    private List<Twist> parameterTwists(Schema<?> schema, boolean inPath) {
        var twists = new ArrayList<Twist>();
        twists.add(new Twist("markup", MARKUP));
        twists.add(new Twist("unicode with a NUL", UNICODE));
        twists.add(new Twist("3000 characters", "x".repeat(3000)));
        twists.add(new Twist("a dot-dot path", "../../actuator/env"));
        if (!inPath) {
            twists.add(new Twist("empty", ""));
        }
        var type = type(schema);
        if ("integer".equals(type) || "number".equals(type)) {
            twists.add(new Twist("not a number", "abc"));
            twists.add(new Twist("a fraction", "1.5"));
            twists.add(new Twist("past 64 bits", "99999999999999999999"));
            twists.add(new Twist("negative", "-1"));
            if (schema.getMinimum() != null) {
                twists.add(new Twist(
                        "below minimum",
                        schema.getMinimum().subtract(BigDecimal.ONE).toPlainString()));
            }
            if (schema.getMaximum() != null) {
                twists.add(new Twist(
                        "above maximum", schema.getMaximum().add(BigDecimal.ONE).toPlainString()));
            }
        }
        if ("boolean".equals(type)) {
            twists.add(new Twist("not a boolean", "maybe"));
        }
        if (schema != null && schema.getEnum() != null) {
            twists.add(new Twist("not in the enum", "NOT_AN_OPTION"));
        }
        if (schema != null && schema.getFormat() != null) {
            twists.add(new Twist("not a " + schema.getFormat(), "2026-02-30T25:61"));
        }
        return twists;
    }

    private List<HostileRequest> bodyTwists() {
        var twists = new ArrayList<HostileRequest>();
        for (var broken :
                List.of("{\"", "", "null", "[]", "42", "[".repeat(5000), "{\"a\":" + "{\"a\":".repeat(2000))) {
            twists.add(request("a broken body: " + abbreviate(broken), pathValues, baseQuery, Map.of(), broken));
        }
        twists.add(new HostileRequest(
                "a form instead of JSON",
                method,
                path(pathValues),
                baseQuery,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "a=1&b=" + HostileRequest.encode(MARKUP)));
        var oversized = baseBody();
        twists.add(request(
                "a body over 1 MB",
                pathValues,
                baseQuery,
                Map.of(),
                oversized.put("unexpected", "x".repeat(1_100_000)).toString()));
        twists.add(allowedTwist(
                "an unknown field", body -> body.putObject("unexpected").put("nested", MARKUP)));
        for (var leaf : leaves(List.of(), bodySchema, 0)) {
            var type = type(leaf.schema());
            var required = leaf.required();
            if (required) {
                twists.add(violation(leaf, "missing", null, true));
                twists.add(violation(leaf, "null", nodes.nullNode(), false));
            }
            switch (type == null ? "object" : type) {
                case "string" -> {
                    twists.add(violation(
                            leaf,
                            "an array, not a string",
                            nodes.arrayNode().add(1).add("a"),
                            false));
                    twists.add(violation(
                            leaf, "an object, not a string", nodes.objectNode().put("a", 1), false));
                    var schema = leaf.schema();
                    if (schema.getMaxLength() != null) {
                        twists.add(violation(
                                leaf,
                                "longer than " + schema.getMaxLength(),
                                nodes.stringNode("x".repeat(schema.getMaxLength() + 1)),
                                false));
                    }
                    if (schema.getPattern() != null) {
                        twists.add(violation(
                                leaf, "not matching " + schema.getPattern(), nodes.stringNode("Not A Match!"), false));
                    }
                    if (schema.getEnum() != null) {
                        twists.add(violation(leaf, "not in the enum", nodes.stringNode("NOT_AN_OPTION"), false));
                    }
                    if (schema.getFormat() != null) {
                        twists.add(violation(
                                leaf, "not a " + schema.getFormat(), nodes.stringNode("2026-02-30T25:61"), false));
                    }
                    if (schema.getEnum() == null) {
                        twists.add(allowedTwist(
                                leaf.name() + ": markup", body -> set(body, leaf.path(), nodes.stringNode(MARKUP))));
                        twists.add(allowedTwist(
                                leaf.name() + ": unicode with a NUL",
                                body -> set(body, leaf.path(), nodes.stringNode(UNICODE))));
                        twists.add(allowedTwist(
                                leaf.name() + ": a lone surrogate",
                                body -> set(body, leaf.path(), nodes.stringNode(LONE_SURROGATE))));
                    }
                }
                case "integer", "number" -> {
                    twists.add(violation(leaf, "a word, not a number", nodes.stringNode("abc"), false));
                    twists.add(
                            violation(leaf, "past 64 bits", nodes.numberNode(new BigInteger("9".repeat(30))), false));
                    twists.add(violation(leaf, "1e400", nodes.numberNode(new BigDecimal("1e400")), false));
                    if (leaf.schema().getMinimum() != null) {
                        twists.add(violation(
                                leaf,
                                "below minimum",
                                nodes.numberNode(leaf.schema().getMinimum().subtract(BigDecimal.ONE)),
                                false));
                    }
                    if (leaf.schema().getMaximum() != null) {
                        twists.add(violation(
                                leaf,
                                "above maximum",
                                nodes.numberNode(leaf.schema().getMaximum().add(BigDecimal.ONE)),
                                false));
                    }
                    twists.add(allowedTwist(
                            leaf.name() + ": negative",
                            body -> set(body, leaf.path(), nodes.numberNode(Long.MIN_VALUE))));
                }
                case "boolean" -> twists.add(violation(leaf, "not a boolean", nodes.stringNode("maybe"), false));
                case "array" -> {
                    twists.add(violation(leaf, "a string, not a list", nodes.stringNode("not a list"), false));
                    if (leaf.schema().getMaxItems() != null) {
                        var many = nodes.arrayNode();
                        var item = valueFor(leaf.schema().getItems(), 1);
                        for (int i = 0; i <= leaf.schema().getMaxItems(); i++) {
                            many.add(item);
                        }
                        twists.add(violation(leaf, "more than " + leaf.schema().getMaxItems() + " items", many, false));
                    }
                }
                default ->
                    twists.add(violation(leaf, "a string, not an object", nodes.stringNode("not an object"), false));
            }
        }
        return twists;
    }

    /** A twist the schema refuses: sent as it is, to a guarded operation too. */
    private HostileRequest violation(Leaf leaf, String twist, JsonNode value, boolean remove) {
        var body = fullBody();
        if (remove) {
            remove(body, leaf.path());
        } else {
            set(body, leaf.path(), value);
        }
        return request(leaf.name() + ": " + twist, pathValues, baseQuery, Map.of(), serialize(body));
    }

    /** A twist the schema may allow: a guarded operation gets it with a required field left out. */
    private HostileRequest allowedTwist(String twist, java.util.function.Consumer<ObjectNode> change) {
        var body = fullBody();
        change.accept(body);
        if (guarded) {
            var required = bodySchema.getRequired();
            if (required == null || required.isEmpty()) {
                body.set(
                        String.valueOf(
                                bodySchema.getProperties().keySet().iterator().next()),
                        nodes.arrayNode().add(nodes.objectNode()));
                twist += ", and the wrong type for a field";
            } else {
                var left = required.get(random.nextInt(required.size()));
                body.remove(left);
                twist += ", and " + left + " missing";
            }
        }
        return request(twist, pathValues, baseQuery, Map.of(), serialize(body));
    }

    private HostileRequest request(
            String twist,
            Map<String, String> pathValues,
            Map<String, String> query,
            Map<String, String> headers,
            Object body) {
        var allHeaders = new LinkedHashMap<String, String>();
        String text = body instanceof ObjectNode node ? serialize(node) : (String) body;
        if (text != null) {
            allHeaders.put("Content-Type", "application/json");
        }
        allHeaders.putAll(headers);
        return new HostileRequest(twist, method, path(pathValues), query, allHeaders, text);
    }

    private String path(Map<String, String> values) {
        var path = template;
        for (var value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", HostileRequest.encode(value.getValue()));
        }
        return path;
    }

    private ObjectNode fullBody() {
        return (ObjectNode) valueFor(bodySchema, 0);
    }

    /** The body of a parameter's twist: for a guarded operation without a required field, so nothing is stored. */
    private ObjectNode baseBody() {
        var body = bodySchema == null ? null : (ObjectNode) valueFor(bodySchema, 0);
        if (guarded
                && body != null
                && bodySchema.getRequired() != null
                && !bodySchema.getRequired().isEmpty()) {
            body.remove(bodySchema.getRequired().getFirst());
        }
        return body;
    }

    private static String serialize(ObjectNode body) {
        return body == null
                ? null
                : json.writeValueAsString(body).replace("\"" + LONE_SURROGATE + "\"", "\"\\ud800 x\"");
    }

    /** A value the schema allows, for ids one that exists nowhere. */
    private JsonNode valueFor(Schema<?> schema, int depth) {
        var type = type(schema);
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return nodes.stringNode(String.valueOf(schema.getEnum().getFirst()));
        }
        return switch (type == null ? "object" : type) {
            case "string" -> nodes.stringNode(bogus(schema));
            case "integer", "number" ->
                nodes.numberNode(
                        schema.getMinimum() == null ? 1 : schema.getMinimum().longValue());
            case "boolean" -> nodes.booleanNode(true);
            case "array" -> nodes.arrayNode().add(valueFor(schema.getItems(), depth + 1));
            default -> {
                var object = nodes.objectNode();
                if (schema != null && schema.getProperties() != null && depth < 4) {
                    schema.getProperties().forEach((name, property) -> object.set(name, valueFor(property, depth + 1)));
                }
                yield object;
            }
        };
    }

    private String bogus(Schema<?> schema) {
        var format = schema == null ? null : schema.getFormat();
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().getFirst());
        }
        if ("integer".equals(type(schema))) {
            return "int32".equals(format) ? "1" : Long.toString(9_000_000_000_000L + random.nextInt(1_000_000));
        }
        if (format == null) {
            if (schema != null
                    && schema.getPattern() != null
                    && schema.getPattern().startsWith("da|")) {
                return "da";
            }
            return "fuzz-" + HexFormat.of().toHexDigits(random.nextInt());
        }
        return switch (format) {
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "date" -> "2026-12-24";
            case "date-time" -> "2026-12-24T07:00:00Z";
            case "email" -> FUZZ_ADDRESS;
            default -> "fuzz";
        };
    }

    private List<Leaf> leaves(List<String> path, Schema<?> schema, int depth) {
        var leaves = new ArrayList<Leaf>();
        if (schema == null || schema.getProperties() == null || depth > 3) {
            return leaves;
        }
        schema.getProperties().forEach((name, property) -> {
            var child = new ArrayList<>(path);
            child.add(name);
            var required = schema.getRequired() != null && schema.getRequired().contains(name);
            leaves.add(new Leaf(List.copyOf(child), property, required));
            if (property.getProperties() != null) {
                leaves.addAll(leaves(child, property, depth + 1));
            }
        });
        return leaves;
    }

    private static void set(ObjectNode body, List<String> path, JsonNode value) {
        parent(body, path).set(path.getLast(), value);
    }

    private static void remove(ObjectNode body, List<String> path) {
        parent(body, path).remove(path.getLast());
    }

    private static ObjectNode parent(ObjectNode body, List<String> path) {
        var node = body;
        for (var name : path.subList(0, path.size() - 1)) {
            node = (ObjectNode) node.get(name);
        }
        return node;
    }

    /** The query parameters of one: Spring binds an object's properties ({@code PageQuery}) one by one. */
    private static List<Parameter> flatten(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        if (schema == null || schema.getProperties() == null) {
            return List.of(parameter);
        }
        var flattened = new ArrayList<Parameter>();
        schema.getProperties()
                .forEach((name, property) -> flattened.add(
                        new Parameter().name(name).in("query").required(false).schema(property)));
        return flattened;
    }

    static String type(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null || schema.getTypes().isEmpty()
                ? null
                : schema.getTypes().iterator().next();
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 12) + "... (" + text.length() + " characters)";
    }

    private record Twist(String name, String value) {}

    private record Leaf(List<String> path, Schema<?> schema, boolean required) {

        String name() {
            return String.join(".", path);
        }
    }
}
