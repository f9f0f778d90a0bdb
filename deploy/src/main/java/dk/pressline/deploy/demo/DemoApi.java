package dk.pressline.deploy.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's HTTP APIs as one caller sees them: a bearer token from the token issuer, JSON in and out. */
final class DemoApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI gateway;
    private final String token;

    private DemoApi(HttpClient http, URI gateway, String token) {
        this.http = http;
        this.gateway = gateway;
        this.token = token;
    }

    /** Signs in as a demo user with the {@code client_credentials} grant. */
    static DemoApi signIn(HttpClient http, URI gateway, URI tokenIssuer, String user, String secret) {
        var basic = Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(tokenIssuer.resolve("/oauth2/token"))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        var response = send(http, request);
        if (response.status() != 200 || !response.body().hasNonNull("access_token")) {
            throw new DemoLoadException("The token issuer refused " + user + ": " + response);
        }
        return new DemoApi(http, gateway, response.body().get("access_token").asString());
    }

    Response get(String path) {
        return send(http, authorised(path).GET().build());
    }

    Response post(String path, Object body) {
        var json = body == null ? "" : json(body);
        return send(
                http,
                authorised(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    /** The answer, or a failure naming the call when its status is none of {@code expected}. */
    static Response expect(Response response, String call, Integer... expected) {
        if (!Set.of(expected).contains(response.status())) {
            throw new DemoLoadException(call + " answered " + response);
        }
        return response;
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private static Response send(HttpClient http, HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var text = response.body();
            var body = text == null || text.isBlank() ? JSON.missingNode() : readOrText(text);
            return new Response(response.statusCode(), body);
        } catch (IOException e) {
            throw new DemoLoadException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private static JsonNode readOrText(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().stringNode(text);
        }
    }

    /** A status and its JSON body (a missing node when there was none). */
    record Response(int status, JsonNode body) {

        @Override
        public String toString() {
            var text = body.toString();
            return status + (text.isEmpty() ? "" : " " + (text.length() > 500 ? text.substring(0, 500) + "…" : text));
        }
    }
}
