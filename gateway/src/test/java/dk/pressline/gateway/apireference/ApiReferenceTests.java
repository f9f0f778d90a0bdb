package dk.pressline.gateway.apireference;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dk.pressline.gateway.EchoingService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Swagger UI lists every service's description, each read through the gateway from the service. Stand-ins answer
 * for the services and the website. The reader limit is made small, a burst of as many requests as there are
 * services' descriptions, which the tests read once each; the UI loads more files than that.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pressline.gateway.reader-rate.burst=4", "pressline.gateway.reader-rate.requests-per-second=1"})
class ApiReferenceTests {

    static final List<String> SERVICES =
            List.of("article-service", "sponsor-service", "search-service", "notification-service");
    static final Map<String, WireMockServer> standIns = new ConcurrentHashMap<>();
    static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void standIns(DynamicPropertyRegistry registry) {
        for (var name :
                List.of("article-service", "sponsor-service", "search-service", "notification-service", "website")) {
            var server = new WireMockServer(EchoingService.standInOptions());
            server.start();
            server.stubFor(any(anyUrl())
                    .willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Pressline " + name + "\"}}")));
            standIns.put(name, server);
            registry.add("pressline.gateway." + name, () -> "http://127.0.0.1:" + server.port());
        }
    }

    @AfterAll
    static void stopStandIns() {
        standIns.values().forEach(WireMockServer::stop);
    }

    @Test
    void servesOneSwaggerUiOfItsOwnWhoseFilesTheReaderLimitDoesNotCount() throws Exception {
        for (var file : List.of(
                "/swagger-ui.html",
                "/swagger-ui/index.html",
                "/swagger-ui/swagger-ui.css",
                "/swagger-ui/swagger-ui-bundle.js",
                "/swagger-ui/swagger-initializer.js")) {
            var answer = get(file);
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.body()).as(file).doesNotContain("Pressline website");
        }
        assertThat(get("/swagger-ui/index.html").body()).contains("swagger-ui");
        assertThat(standIns.get("website").findAll(anyRequestedFor(anyUrl())))
                .as("nothing of the UI comes from the website")
                .isEmpty();
    }

    @Test
    void listsEveryServicesDescriptionAtItsRouteThroughTheGateway() throws Exception {
        var config = JsonMapper.builder()
                .build()
                .readTree(get("/v3/api-docs/swagger-config").body());

        assertThat(config.path("urls"))
                .extracting(url ->
                        url.path("name").asString() + " " + url.path("url").asString())
                .containsExactlyInAnyOrderElementsOf(SERVICES.stream()
                        .map(service -> service + " /v3/api-docs/" + service)
                        .toList());
    }

    @Test
    void readsEachServicesDescriptionFromTheServiceItself() throws Exception {
        for (var service : SERVICES) {
            var answer = get("/v3/api-docs/" + service);

            assertThat(answer.statusCode()).as(service).isEqualTo(200);
            assertThat(answer.body()).contains("Pressline " + service);
            assertThat(standIns.get(service)
                            .findAll(anyRequestedFor(anyUrl()))
                            .getLast()
                            .getUrl())
                    .isEqualTo("/v3/api-docs");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
