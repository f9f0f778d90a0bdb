package dk.pressline.auth;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;

/** Talks to a running auth-server the way a developer's curl or a service would. */
final class AuthServerHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    AuthServerHttp(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    HttpResponse<String> requestToken(String clientId, String secret) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", basic(clientId, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
    }

    SignedJWT accessTokenFor(String clientId, String secret) {
        HttpResponse<String> response = requestToken(clientId, secret);
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "Token request for " + clientId + " got " + response.statusCode() + ": " + response.body());
        }
        try {
            return SignedJWT.parse((String) json(response.body()).get("access_token"));
        } catch (ParseException e) {
            throw new AssertionError("Not a signed JWT: " + response.body(), e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new AssertionError("Not a JSON object: " + body, e);
        }
    }

    static String basic(String clientId, String secret) {
        return "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(client, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted calling " + request.uri(), e);
        }
    }
}
