package dk.pressline.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's answer to {@code GET /actuator/health}: the overall status and the status of every component, nested
 * components named with dots ({@code binders.kafka}).
 */
public record ServiceHealth(int httpStatus, String status, Map<String, String> components) {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    public static ServiceHealth of(String baseUrl) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .GET()
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var body = json.readTree(response.body());
            Map<String, String> components = new LinkedHashMap<>();
            collectComponents("", body.path("components"), components);
            return new ServiceHealth(response.statusCode(), body.path("status").asString(), components);
        } catch (IOException e) {
            throw new IllegalStateException("No health answer from " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static ServiceHealth ofLocalPort(int port) {
        return of("http://localhost:" + port);
    }

    /** Asserts the service answers 200 with status UP, and that each named component is UP. */
    public void assertUpWith(String... upComponents) {
        var softly = new SoftAssertions();
        softly.assertThat(httpStatus).as("HTTP status of /actuator/health").isEqualTo(200);
        softly.assertThat(status).as("overall health").isEqualTo("UP");
        for (var component : upComponents) {
            softly.assertThat(components.get(component))
                    .as("health of " + component)
                    .isEqualTo("UP");
        }
        softly.assertAll();
    }

    private static void collectComponents(String prefix, JsonNode node, Map<String, String> into) {
        for (var entry : node.properties()) {
            var name = prefix + entry.getKey();
            into.put(name, entry.getValue().path("status").asString());
            collectComponents(name + ".", entry.getValue().path("components"), into);
        }
    }
}
