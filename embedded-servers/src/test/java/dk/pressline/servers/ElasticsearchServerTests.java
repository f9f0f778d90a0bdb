package dk.pressline.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchServerTests {

    private static ElasticsearchSettings settings;
    private static ElasticsearchServer server;
    private static HttpClient http;

    @BeforeAll
    static void startServer(@TempDir Path pluginDirectory) throws IOException {
        settings = ElasticsearchSettings.forTests().withPlugin(MinimalPluginZip.writeTo(pluginDirectory));
        server = ElasticsearchServer.start(settings);
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stopServer() {
        http.close();
        server.close();
    }

    @Test
    void reportsAUsableClusterHealth() throws Exception {
        HttpResponse<String> health = get(server, "/_cluster/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).containsPattern("\"status\":\"(green|yellow)\"");
    }

    @Test
    void indexesAndFindsADocument() throws Exception {
        HttpResponse<String> indexed = send(
                server,
                "PUT",
                "/server-test-articles/_doc/1?refresh=wait_for",
                "{\"title\":\"Klimaplanen for København er vedtaget\"}");
        HttpResponse<String> found = send(
                server, "POST", "/server-test-articles/_search", "{\"query\":{\"match\":{\"title\":\"klimaplanen\"}}}");

        assertThat(indexed.statusCode()).isEqualTo(201);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"total\":{\"value\":1,").contains("\"_id\":\"1\"");
    }

    @Test
    void installsTheRequestedPluginZips() throws Exception {
        HttpResponse<String> plugins = get(server, "/_cat/plugins?h=component");

        assertThat(plugins.body()).contains(MinimalPluginZip.NAME);
    }

    @Test
    void closingStopsTheServerAndFreesItsPort() throws Exception {
        ElasticsearchServer stopped = ElasticsearchServer.start(settings);
        int port = URI.create(stopped.httpUrl()).getPort();
        assertThat(get(stopped, "/_cluster/health").statusCode()).isEqualTo(200);

        stopped.close();
        stopped.close();

        assertThatThrownBy(() -> get(stopped, "/_cluster/health")).isInstanceOf(ConnectException.class);
        try (ServerSocket rebound = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(rebound.getLocalPort()).isEqualTo(port);
        }
        assertThat(stopped.directory()).doesNotExist();
    }

    private static HttpResponse<String> get(ElasticsearchServer target, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(target.httpUrl() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(ElasticsearchServer target, String method, String path, String json)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.httpUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
