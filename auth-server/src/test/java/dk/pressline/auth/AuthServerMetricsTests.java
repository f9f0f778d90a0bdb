package dk.pressline.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Prometheus scrapes the auth-server on its internal port without a token; nothing else opens up with it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(Server.POSTGRES)
class AuthServerMetricsTests {

    @LocalServerPort
    int port;

    @Test
    void exposesJvmAndHttpMetricsTaggedWithItsNameWithoutAToken() {
        var http = new AuthServerHttp(port);
        http.get("/actuator/health");

        var scrape = http.get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body())
                .contains("jvm_memory_used_bytes{", "http_server_requests_seconds_count{")
                .contains("application=\"auth-server\"");
    }

    @Test
    void stillDeniesTheOtherActuatorEndpoints() {
        assertThat(new AuthServerHttp(port).get("/actuator/env").statusCode()).isIn(401, 403, 404);
    }
}
