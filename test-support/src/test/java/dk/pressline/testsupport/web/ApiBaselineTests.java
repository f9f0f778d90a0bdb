package dk.pressline.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What counts as breaking the published contract, on a small description and changes to it. */
class ApiBaselineTests {

    static final JsonMapper json = JsonMapper.builder().build();
    static final String PUBLISHED = resource("/api-baseline/published.json");

    @Test
    void keepsTheContractWhenNothingChanged() {
        assertThat(ApiBaseline.breakingChanges(PUBLISHED, PUBLISHED)).isEmpty();
    }

    @Test
    void keepsTheContractWhenAResponseFieldAnOptionalParameterAndAnOperationAreAdded() {
        var current = changed(api -> {
            properties(api, "Notice")
                    .putObject("createdAt")
                    .put("type", "string")
                    .put("format", "date-time");
            parameters(api)
                    .addObject()
                    .put("name", "q")
                    .put("in", "query")
                    .put("required", false)
                    .putObject("schema")
                    .put("type", "string");
            ((ObjectNode) api.get("paths"))
                    .putObject("/notices/{id}")
                    .putObject("get")
                    .putObject("responses")
                    .putObject("200")
                    .put("description", "OK");
        });

        assertThat(ApiBaseline.breakingChanges(PUBLISHED, current)).isEmpty();
    }

    @Test
    void breaksTheContractWhenADocumentedStatusChanges() {
        var current = changed(api -> {
            var responses = (ObjectNode) api.at("/paths/~1notices/post/responses");
            responses.set("200", responses.remove("201"));
        });

        assertThat(ApiBaseline.breakingChanges(PUBLISHED, current)).isNotEmpty().contains("/notices");
    }

    @Test
    void breaksTheContractWhenAResponseFieldIsRemoved() {
        var current = changed(api -> properties(api, "Notice").remove("priority"));

        assertThat(ApiBaseline.breakingChanges(PUBLISHED, current)).isNotEmpty().contains("priority");
    }

    @Test
    void breaksTheContractWhenAResponseFieldChangesType() {
        var current = changed(api -> ((ObjectNode) properties(api, "Notice").get("priority")).put("type", "string"));

        assertThat(ApiBaseline.breakingChanges(PUBLISHED, current)).isNotEmpty().contains("priority");
    }

    @Test
    void breaksTheContractWhenAnOperationIsRemoved() {
        var current = changed(api -> ((ObjectNode) api.at("/paths/~1notices")).remove("get"));

        assertThat(ApiBaseline.breakingChanges(PUBLISHED, current)).isNotEmpty().contains("GET", "/notices");
    }

    @Test
    void breaksTheContractWhenAParameterBecomesRequired() {
        var current = changed(api -> ((ObjectNode) parameters(api).get(1)).put("required", true));

        assertThat(ApiBaseline.breakingChanges(PUBLISHED, current)).isNotEmpty().contains("size");
    }

    private static String changed(Consumer<ObjectNode> change) {
        var api = (ObjectNode) json.readTree(PUBLISHED);
        change.accept(api);
        return json.writeValueAsString(api);
    }

    private static ObjectNode properties(ObjectNode api, String schema) {
        return (ObjectNode) api.at("/components/schemas/" + schema + "/properties");
    }

    private static ArrayNode parameters(ObjectNode api) {
        return (ArrayNode) api.at("/paths/~1notices/get/parameters");
    }

    private static String resource(String name) {
        try (var in = ApiBaselineTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
