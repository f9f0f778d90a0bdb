package dk.pressline.testsupport.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a service's API over real HTTP, as a client would, optionally with a bearer token. Where the server publishes
 * an OpenAPI description at {@code /v3/api-docs}, every request and response is checked against it ({@link ApiContract}),
 * and one the description does not document fails the test: the docs and the behaviour are kept together.
 */
public final class ApiClient {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final Map<String, List<ApiContract>> contracts = new ConcurrentHashMap<>();
    /**
     * Not part of any service's API, so not in its description: the description itself, the actuator, and the
     * administrators' parked outbox events and notification-service's parked records, reached at each service and
     * hidden from the description on purpose.
     */
    private static final List<String> OUTSIDE_THE_API =
            List.of("/v3/api-docs", "/actuator", "/api/admin/outbox/parked", "/api/events/dead-letters/redrive");

    private final String baseUrl;
    private final Map<String, String> headers;
    private final Checked checked;

    /** What of an exchange is checked against the description. */
    private enum Checked {
        REQUESTS_AND_RESPONSES,
        RESPONSES,
        NOTHING
    }

    private ApiClient(String baseUrl, Map<String, String> headers, Checked checked) {
        this.baseUrl = baseUrl;
        this.headers = Map.copyOf(headers);
        this.checked = checked;
    }

    public static ApiClient atLocalPort(int port) {
        return at("http://localhost:" + port);
    }

    /** A client of the server at that address: a service, or the gateway in front of them. */
    public static ApiClient at(String baseUrl) {
        return new ApiClient(baseUrl, Map.of(), Checked.REQUESTS_AND_RESPONSES);
    }

    /** The same client, sending {@code Authorization: Bearer <token>}. */
    public ApiClient withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    public ApiClient withHeader(String name, String value) {
        var all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new ApiClient(baseUrl, all, checked);
    }

    /**
     * The same client for a test that sends requests the description refuses on purpose (a malformed id, an unknown
     * parameter): its requests are not checked, and the answers still are, so the refusal must be documented.
     */
    public ApiClient sendingUndocumentedRequests() {
        return new ApiClient(baseUrl, headers, Checked.RESPONSES);
    }

    /**
     * The same client for a test that calls paths outside the API on purpose (what no rule permits is refused), whose
     * answers no description can document: nothing is checked.
     */
    public ApiClient outsideTheApi() {
        return new ApiClient(baseUrl, headers, Checked.NOTHING);
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
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        var response = exchange(request.build());
        if (checked != Checked.NOTHING) {
            contract(path).ifPresent(contract -> assertDocumented(contract, method, path, jsonBody, response));
        }
        return response;
    }

    private void assertDocumented(
            ApiContract contract, String method, String path, String jsonBody, ApiResponse response) {
        var operation = method + " " + path;
        if (checked == Checked.REQUESTS_AND_RESPONSES) {
            var violations =
                    contract.requestViolations(method, path, jsonBody == null ? null : "application/json", jsonBody);
            if (!violations.isEmpty()) {
                throw new AssertionError("The request " + operation + " is not as its API description documents it "
                        + "(a test that sends it on purpose uses sendingUndocumentedRequests()):\n  "
                        + String.join("\n  ", violations));
            }
        }
        var violations = contract.responseViolations(
                method, path, response.status(), response.header("Content-Type").orElse(null), response.body());
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer to " + operation + ", status " + response.status()
                    + ", is not as its API description documents it:\n  " + String.join("\n  ", violations)
                    + "\nbody: " + response.body());
        }
    }

    /**
     * The description of the path's service: the server's own, or behind the gateway the one of the services it
     * refers to in its API reference that has the path.
     */
    private Optional<ApiContract> contract(String path) {
        if (OUTSIDE_THE_API.stream().anyMatch(path::startsWith)) {
            return Optional.empty();
        }
        var descriptions = contracts.computeIfAbsent(baseUrl, ApiClient::descriptionsAt);
        return descriptions.stream()
                .filter(contract -> contract.documentsPath(path))
                .findFirst()
                .or(() -> descriptions.stream().findFirst());
    }

    /** A server without descriptions (the website) is called unchecked. */
    private static List<ApiContract> descriptionsAt(String url) {
        var own = description(url + "/v3/api-docs");
        if (own.isPresent() && own.get().json().path("paths").size() > 0) {
            return List.of(ApiContract.of(own.get().body()));
        }
        var reference = exchange(HttpRequest.newBuilder(URI.create(url + "/v3/api-docs/swagger-config"))
                .GET()
                .build());
        if (reference.status() != 200) {
            return List.of();
        }
        var descriptions = new ArrayList<ApiContract>();
        reference
                .json()
                .path("urls")
                .forEach(listed -> description(url + listed.path("url").asString())
                        .ifPresent(description -> descriptions.add(ApiContract.of(description.body()))));
        return List.copyOf(descriptions);
    }

    private static Optional<ApiResponse> description(String url) {
        var description = exchange(HttpRequest.newBuilder(URI.create(url)).GET().build());
        if (description.status() != 200
                || !description.header("Content-Type").orElse("").contains("json")
                || !description.json().has("openapi")) {
            return Optional.empty();
        }
        return Optional.of(description);
    }

    private static ApiResponse exchange(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
