package dk.pressline.website;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * WireMock servers standing in for search-service and notification-service, started once for the whole test run.
 * Tests stub what they need with JSON shaped like the service's own records; a path nobody stubbed answers 404 with a
 * problem body, as the services do.
 */
final class StandIns {

    static final WireMockServer SEARCH = started();
    static final WireMockServer NOTIFICATION = started();

    private StandIns() {}

    /** Forgets every stub and every request seen. */
    static void reset() {
        for (var standIn : new WireMockServer[] {SEARCH, NOTIFICATION}) {
            standIn.resetAll();
            standIn.stubFor(
                    any(anyUrl()).atPriority(10).willReturn(problem(404, "{\"title\":\"Not Found\",\"status\":404}")));
        }
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(body);
    }

    /** What notification-service answers a browser that opens a link of its mails. */
    static ResponseDefinitionBuilder html() {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html></html>");
    }

    /** The request's raw query string, empty when it had none. */
    static String query(LoggedRequest request) {
        var query = URI.create(request.getUrl()).getRawQuery();
        return query == null ? "" : query;
    }

    private static WireMockServer started() {
        // HTTP/1.1 only, as the services (Tomcat) answer; Jetty in WireMock would also take an upgrade to h2c.
        var server = new WireMockServer(
                options().bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true));
        server.start();
        return server;
    }

    private static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Registrar {

        @Bean
        DynamicPropertyRegistrar standInServices() {
            return registry -> {
                registry.add("pressline.website.search-service", () -> baseUrl(SEARCH));
                registry.add("pressline.website.notification-service", () -> baseUrl(NOTIFICATION));
            };
        }
    }
}
