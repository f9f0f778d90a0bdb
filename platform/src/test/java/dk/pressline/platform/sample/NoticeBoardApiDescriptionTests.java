package dk.pressline.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.web.ApiClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The platform's part of every service's OpenAPI description, seen on the notice board's. */
@SpringBootTest(
        classes = NoticeBoardApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.application.name=notice-board",
            "springdoc.api-docs.version=openapi_3_1",
            "springdoc.default-produces-media-type=application/json"
        })
@AcceptsTestTokens
class NoticeBoardApiDescriptionTests {

    @LocalServerPort
    int port;

    JsonNode description;

    @BeforeEach
    void readDescription() {
        var response = ApiClient.atLocalPort(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        description = response.json();
    }

    @Test
    void isOpenApi31AndNamesWhereItWasReadFromAsItsServer() {
        assertThat(description.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(description.path("servers"))
                .singleElement()
                .satisfies(server -> assertThat(server.path("url").asString()).isEqualTo("/"));
    }

    @Test
    void documentsCreatingANoticeAs201WithItsLocation() {
        var responses = operation("/notices", "post").path("responses");

        assertThat(responses.has("200")).isFalse();
        assertThat(responses
                        .path("201")
                        .path("headers")
                        .path("Location")
                        .path("required")
                        .asBoolean())
                .isTrue();
        assertThat(responses
                        .path("201")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Notice");
    }

    @Test
    void documentsPagingAsOptionalPageAndSizeWithTheirDefaultsAndLimits() {
        var parameters = operation("/notices", "get").path("parameters");

        assertThat(parameters)
                .extracting(parameter -> parameter.path("name").asString())
                .containsExactly("page", "size");
        var page = parameters.get(0);
        var size = parameters.get(1);
        assertThat(page.path("required").asBoolean()).isFalse();
        assertThat(page.path("schema").path("type").asString()).isEqualTo("integer");
        assertThat(page.path("schema").path("default").asInt()).isZero();
        assertThat(page.path("schema").path("minimum").asInt()).isZero();
        assertThat(size.path("required").asBoolean()).isFalse();
        assertThat(size.path("schema").path("default").asInt()).isEqualTo(20);
        assertThat(size.path("schema").path("minimum").asInt()).isEqualTo(1);
        assertThat(size.path("schema").path("maximum").asInt()).isEqualTo(100);
    }

    @Test
    void asksForATokenOnlyWhereTheSecurityRulesDoAndNamesTheRoles() {
        assertThat(description.has("security"))
                .as("no requirement for every operation")
                .isFalse();
        var titles = operation("/public/notices", "get");
        assertThat(titles.has("security")).isFalse();
        assertThat(titles.path("responses").has("401")).isFalse();

        var read = operation("/notices/{id}", "get");
        assertThat(read.path("security").get(0).path("bearer-jwt"))
                .extracting(JsonNode::asString)
                .containsExactly("SALES", "ADVERTISER", "ADMIN");
        assertThat(read.path("description").asString()).contains("SALES or ADVERTISER or ADMIN");
        assertThat(responseCodes(read)).contains("401", "403");

        assertThat(operation("/notices", "post").path("security").get(0).path("bearer-jwt"))
                .extracting(JsonNode::asString)
                .containsExactly("SALES", "ADMIN");
    }

    @Test
    void documentsTheErrorsEachOperationsInputLeadsToAndNoOthers() {
        assertThat(responseCodes(operation("/notices", "post")))
                .containsExactlyInAnyOrder("201", "400", "401", "403", "413", "415");
        assertThat(responseCodes(operation("/notices", "get"))).containsExactlyInAnyOrder("200", "400", "401", "403");
        assertThat(responseCodes(operation("/notices/{id}", "get")))
                .containsExactlyInAnyOrder("200", "401", "403", "404");
        assertThat(responseCodes(operation("/notices/{id}", "put")))
                .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "412", "413", "415", "428");
        assertThat(responseCodes(operation("/public/notices", "get")))
                .as("readers may meet the gateway's limit")
                .containsExactlyInAnyOrder("200", "429");
    }

    @Test
    void describesEveryErrorAsAProblemWithItsFieldErrors() {
        var components = description.path("components");
        var badRequest = components.path("responses").path("BadRequest");
        assertThat(badRequest
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        var problem = components.path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames())
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.path("errors").path("items").path("$ref").asString())
                .isEqualTo("#/components/schemas/FieldError");
        assertThat(components
                        .path("schemas")
                        .path("FieldError")
                        .path("properties")
                        .propertyNames())
                .containsExactlyInAnyOrder("field", "reason");
    }

    @Test
    void groupsOperationsByFeatureWithASummaryEach() {
        var add = operation("/notices", "post");

        assertThat(add.path("tags")).extracting(JsonNode::asString).containsExactly("Notices");
        assertThat(add.path("summary").asString()).isEqualTo("Add a notice");
    }

    private JsonNode operation(String path, String method) {
        var operation = description.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        return operation;
    }

    private static List<String> responseCodes(JsonNode operation) {
        return operation.path("responses").propertyNames().stream().toList();
    }
}
