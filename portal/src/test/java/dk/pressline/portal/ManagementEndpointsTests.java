package dk.pressline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health and metrics answer on the management port without anyone signed in, as health checks and Prometheus ask
 * for them; the pages still send a visitor to sign in.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0",
        classes = {PortalApplication.class, StandIns.Registrar.class})
class ManagementEndpointsTests {

    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Test
    void answersHealthAndMetricsWithoutASignIn() throws Exception {
        var health = get(managementPort, "/actuator/health");
        var metrics = get(managementPort, "/actuator/prometheus");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"portal\"");
    }

    @Test
    void stillSendsAVisitorOfThePagesToSignInByAPathOnTheOriginTheyCameThrough() throws Exception {
        var start = get(port, "/portal/");

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location"))
                .as("a path, so the browser stays on the gateway")
                .hasValue("/portal/oauth2/authorization/pressline");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
