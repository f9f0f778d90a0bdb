package dk.pressline.testsupport.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A gateway has no description of its own; its API reference lists its services' descriptions, and each exchange is
 * checked against the one that has the path.
 */
class ApiClientBehindAGatewayTests {

    private static final String NOTE = "/notes/7d3f1c2e-5b1a-4a4e-9a53-2f8f0c1f6b10";

    private final WireMockServer gateway =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @BeforeEach
    void startGateway() {
        gateway.start();
        gateway.stubFor(get(urlPathEqualTo("/v3/api-docs/swagger-config"))
                .willReturn(okJson("{\"urls\": [{\"name\": \"notes\", \"url\": \"/v3/api-docs/notes\"}]}")));
        gateway.stubFor(
                get(urlPathEqualTo("/v3/api-docs/notes")).willReturn(okJson(resource("/api-contract/notes.json"))));
    }

    @AfterEach
    void stopGateway() {
        gateway.stop();
    }

    @Test
    void anExchangeThroughTheGatewayIsCheckedAgainstTheDescriptionOfTheServiceWithThePath() {
        var client = ApiClient.at("http://127.0.0.1:" + gateway.port());
        gateway.stubFor(get(urlPathEqualTo(NOTE)).willReturn(okJson("{\"id\": \"n1\", \"text\": \"Hej\"}")));
        assertThat(client.get(NOTE).status()).isEqualTo(200);

        gateway.stubFor(get(urlPathEqualTo(NOTE)).willReturn(okJson("{\"id\": \"n1\", \"colour\": \"red\"}")));
        assertThatThrownBy(() -> client.get(NOTE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> client.get(NOTE + "?colour=red"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("query parameter colour is not documented");
    }

    private static String resource(String name) {
        try (var in = ApiClientBehindAGatewayTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
