package dk.pressline.website;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A small HTTP server standing in for search-service or notification-service: it answers each method and path as a
 * test tells it to, with JSON shaped like the service's own records, and keeps every request it received.
 */
final class StandInService {

    /** A request as the stand-in received it; {@code forwardedFor} is its {@code X-Forwarded-For}, if any. */
    record Request(String method, URI uri, String contentType, String forwardedFor, String userAgent, String body) {

        String path() {
            return uri.getPath();
        }

        String query() {
            return uri.getRawQuery() == null ? "" : uri.getRawQuery();
        }
    }

    record Response(int status, Map<String, String> headers, String body) {

        static Response json(int status, String body) {
            return new Response(status, Map.of("Content-Type", "application/json"), body);
        }

        static Response problem(int status, String body) {
            return new Response(status, Map.of("Content-Type", "application/problem+json"), body);
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Request, Response>> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    StandInService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String method, String path, Response response) {
        routes.put(method + " " + path, request -> response);
    }

    void answer(String method, String path, Function<Request, Response> response) {
        routes.put(method + " " + path, response);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requestsTo(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    void reset() {
        routes.clear();
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        var request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("X-Forwarded-For"),
                exchange.getRequestHeaders().getFirst("User-Agent"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(request);
        var route = routes.get(request.method() + " " + request.path());
        var response = route == null
                ? Response.problem(404, "{\"title\":\"Not Found\",\"status\":404}")
                : route.apply(request);
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        var body = response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
