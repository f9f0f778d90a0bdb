package dk.pressline.testsupport.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Calls a service's API over real HTTP, as a client would, optionally with a bearer token. */
public final class ApiClient {

    private static final HttpClient http = HttpClient.newHttpClient();

    private final String baseUrl;
    private final Map<String, String> headers;

    private ApiClient(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = Map.copyOf(headers);
    }

    public static ApiClient atLocalPort(int port) {
        return new ApiClient("http://localhost:" + port, Map.of());
    }

    /** The same client, sending {@code Authorization: Bearer <token>}. */
    public ApiClient withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    public ApiClient withHeader(String name, String value) {
        var all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new ApiClient(baseUrl, all);
    }

    public ApiResponse get(String path) {
        return send("GET", path, null);
    }

    public ApiResponse post(String path, String jsonBody) {
        return send("POST", path, jsonBody);
    }

    public ApiResponse put(String path, String jsonBody) {
        return send("PUT", path, jsonBody);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    public ApiResponse send(String method, String path, String jsonBody) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
