package dk.pressline.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
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

    private HttpServer gateway;
    private String noteAnswer;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            var answer = switch (path) {
                case "/v3/api-docs/swagger-config" -> "{\"urls\": [{\"name\": \"notes\", \"url\": \"/v3/api-docs/notes\"}]}";
                case "/v3/api-docs/notes" -> resource("/api-contract/notes.json");
                case NOTE -> noteAnswer;
                default -> null;
            };
            var body = (answer == null ? "{\"status\": 404}" : answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer == null ? "application/problem+json"
                    : "application/json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void anExchangeThroughTheGatewayIsCheckedAgainstTheDescriptionOfTheServiceWithThePath() {
        var client = ApiClient.at("http://127.0.0.1:" + gateway.getAddress().getPort());
        noteAnswer = "{\"id\": \"n1\", \"text\": \"Hej\"}";
        assertThat(client.get(NOTE).status()).isEqualTo(200);

        noteAnswer = "{\"id\": \"n1\", \"colour\": \"red\"}";
        assertThatThrownBy(() -> client.get(NOTE)).isInstanceOf(AssertionError.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> client.get(NOTE + "?colour=red")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("query parameter colour is not documented");
    }

    private static String resource(String name) {
        try (var in = ApiClientBehindAGatewayTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
