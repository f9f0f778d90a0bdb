package dk.pressline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each path reaches the service that owns it, with its query and the caller's token. {@link EchoingService}s stand
 * in for the services and the website and answer with their own name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTests {

    static final Map<String, EchoingService> services = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (var name :
                new String[] {"article-service", "sponsor-service", "search-service", "notification-service", "website"
                }) {
            var service = EchoingService.start(name);
            services.put(name, service);
            registry.add("pressline.gateway." + name, service::url);
        }
    }

    @AfterAll
    static void stopServices() {
        services.values().forEach(EchoingService::stop);
    }

    @Test
    void routesEachPathToTheServiceThatOwnsIt() throws Exception {
        assertThat(get("/api/articles?status=DRAFT")).isEqualTo("article-service GET /api/articles?status=DRAFT");
        assertThat(get("/api/themes")).isEqualTo("article-service GET /api/themes");
        assertThat(get("/api/bookings/42")).isEqualTo("sponsor-service GET /api/bookings/42");
        assertThat(get("/r/42")).isEqualTo("sponsor-service GET /r/42");
        assertThat(get("/api/advertisers/ad-nordlys/report.csv"))
                .isEqualTo("sponsor-service GET /api/advertisers/ad-nordlys/report.csv");
        assertThat(get("/api/search?q=k%C3%B8benhavn")).isEqualTo("search-service GET /api/search?q=k%C3%B8benhavn");
        assertThat(get("/api/content/klimaaftale")).isEqualTo("search-service GET /api/content/klimaaftale");
        assertThat(get("/feeds/themes/klima.rss")).isEqualTo("search-service GET /feeds/themes/klima.rss");
        assertThat(get("/sitemap.xml")).isEqualTo("search-service GET /sitemap.xml");
        assertThat(get("/api/subscriptions/confirm?token=abc"))
                .isEqualTo("notification-service GET /api/subscriptions/confirm?token=abc");
        assertThat(get("/api/newsletter/preview")).isEqualTo("notification-service GET /api/newsletter/preview");
        assertThat(get("/")).isEqualTo("website GET /");
        assertThat(get("/soeg?tema=energi&tema=klima")).isEqualTo("website GET /soeg?tema=energi&tema=klima");
        assertThat(get("/artikel/klimaaftale")).isEqualTo("website GET /artikel/klimaaftale");
        assertThat(get("/artikler/klimaaftale")).isEqualTo("website GET /artikler/klimaaftale");
        assertThat(get("/nyhedsbrev/bekraeft?token=abc")).isEqualTo("website GET /nyhedsbrev/bekraeft?token=abc");
        assertThat(get("/assets/site.css")).isEqualTo("website GET /assets/site.css");
    }

    @Test
    void passesTheCallersTokenOn() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/bookings"))
                .header("Authorization", "Bearer abc.def.ghi")
                .GET()
                .build();
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(services.get("sponsor-service").received().getLast().getHeader("Authorization"))
                .isEqualTo("Bearer abc.def.ghi");
    }

    @Test
    void tellsTheServiceTheClientsAddressAndDropsTheOneAClientClaims() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/subscriptions"))
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Host", "elsewhere.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(services.get("notification-service").received().getLast().getHeader("X-Forwarded-For"))
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void sendsAPathNoRouteClaimsToTheWebsite() throws Exception {
        assertThat(get("/findes-ikke")).isEqualTo("website GET /findes-ikke");
        assertThat(get("/en/side?med=query")).isEqualTo("website GET /en/side?med=query");
    }

    @Test
    void answersProblemJsonNotFoundForAnApiPathNoServiceOwns() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/nothing"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("website");
    }

    @Test
    void keepsItsReadinessProbeOnThePublicPortAndItsHealthOnTheManagementPort() throws Exception {
        assertThat(get("/readyz")).contains("\"status\":\"UP\"");
        assertThat(get(managementPort, "/actuator/health")).contains("\"status\":\"UP\"");
    }

    @Test
    void exposesJvmAndHttpMetricsTaggedWithItsNameOnTheManagementPortOnly() throws Exception {
        get("/api/articles");

        var metrics = get(managementPort, "/actuator/prometheus");

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(metrics)
                .contains("jvm_memory_used_bytes{", "http_server_requests_seconds_count{")
                .contains("application=\"gateway\"");
        assertThat(get("/actuator/prometheus"))
                .as("the public port leaves /actuator to the website")
                .isEqualTo("website GET /actuator/prometheus");
    }

    private String get(String path) throws Exception {
        return get(port, path);
    }

    private String get(int port, String path) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
