package dk.pressline.website;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** Metrics and health answer on the management port only; the public port has the probes and no actuator. */
class WebsiteMetricsTests extends WebsiteTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void exposesJvmAndHttpMetricsTaggedWithItsNameOnTheManagementPort() {
        pages.get("/");

        var scrape = new Pages(managementPort).get("/actuator/prometheus");

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.header("Content-Type")).startsWith("text/plain");
        assertThat(scrape.body())
                .contains("jvm_memory_used_bytes{", "http_server_requests_seconds_count{")
                .contains("application=\"website\"");
    }

    @Test
    void answersNoActuatorEndpointOnThePublicPort() {
        var metrics = pages.get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(404);
        assertThat(metrics.body()).doesNotContain("jvm_");
        assertThat(pages.get("/actuator/health").status()).isEqualTo(404);
    }

    @Test
    void keepsTheReadinessProbeOnThePublicPort() {
        assertThat(pages.get("/readyz").status()).isEqualTo(200);
        assertThat(pages.get("/livez").status()).isEqualTo(200);
    }
}
