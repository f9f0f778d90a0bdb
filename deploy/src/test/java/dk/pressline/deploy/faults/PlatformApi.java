package dk.pressline.deploy.faults;

import dk.pressline.deploy.RunningPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's HTTP API through its gateway, as editors, sales and readers use it. */
final class PlatformApi {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** Readers' clicks and page views count only from a browser; a robot's count nothing. */
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    private final String gateway;
    private final String tokenIssuer;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    PlatformApi(String gateway, String tokenIssuer) {
        this.gateway = gateway;
        this.tokenIssuer = tokenIssuer;
    }

    /** The status and body of one exchange; status 0 when no answer came (refused, reset or timed out). */
    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean serverError() {
            return status == 0 || status >= 500;
        }
    }

    String token(String clientCredentials) throws IOException, InterruptedException {
        return RunningPlatform.token(tokenIssuer, clientCredentials);
    }

    /** Sends a request; never throws for a failed exchange, which the workload counts instead. */
    Answer send(String token, String method, String path, String body) {
        var request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", BROWSER)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var text = response.body();
            JsonNode parsed = null;
            if (text != null && !text.isBlank() && text.strip().startsWith("{")) {
                parsed = json.readTree(text);
            }
            return new Answer(response.statusCode(), parsed);
        } catch (IOException | RuntimeException e) {
            return new Answer(0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null);
        }
    }

    Answer get(String path) {
        return send(null, "GET", path, null);
    }

    /** Sends a request that must succeed, as setting up a scenario must. */
    JsonNode require(String token, String method, String path, String body) {
        var answer = send(token, method, path, body);
        if (!answer.ok()) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }
}
