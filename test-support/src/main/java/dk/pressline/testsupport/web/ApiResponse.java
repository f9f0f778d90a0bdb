package dk.pressline.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a service answered. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final JsonMapper json = JsonMapper.builder().build();

    public JsonNode json() {
        return json.readTree(body);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /**
     * Asserts an RFC 9457 problem with this status: the problem+json media type and a body whose {@code status}
     * matches, and returns the body.
     */
    public JsonNode assertProblem(int expectedStatus) {
        assertThat(status).as("HTTP status; body: %s", body).isEqualTo(expectedStatus);
        assertThat(header("Content-Type"))
                .as("content type")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json();
        assertThat(problem.path("status").asInt()).as("problem status").isEqualTo(expectedStatus);
        assertThat(problem.path("detail").asString()).as("problem detail").isNotBlank();
        return problem;
    }
}
