package dk.pressline.deploy.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-memory stand-in for the gateway and the token issuer, on a random port, answering the calls the demo loader
 * makes the way the services do: the same paths, roles, statuses and workflow rules, and a refusal (400) of request
 * fields the real request records do not have. It remembers every call, so tests can see what the loader did.
 */
final class PlatformStandIn implements AutoCloseable {

    static final Set<String> ARTICLE_FIELDS = Set.of("headline", "teaser", "bodyHtml", "authorIds", "signOff",
            "sectionSlug", "themeSlugs", "language", "leadImage", "readAlso", "slug", "canonicalUrl", "source");
    static final Set<String> BOOKING_FIELDS = Set.of("advertiserId", "product", "firstDay", "lastDay", "content");
    static final Set<String> ADVERTISER_FIELDS = Set.of("id", "name", "logoUrl", "contact", "invoicing");
    static final Set<String> PRICE_FIELDS = Set.of("product", "validFrom", "validUntil", "pricePerDay");
    private static final Map<String, String> ROLES = Map.of("editor", "EDITOR", "sales", "SALES",
            "advertiser", "ADVERTISER", "advertiser-2", "ADVERTISER");
    private static final Map<String, String> ADVERTISER_OF = Map.of("advertiser", "ad-nordlys",
            "advertiser-2", "ad-groenhave");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One call as the stand-in saw it: who made it (the token's user) and the request line. */
    record Call(String user, String method, String path) {

        boolean creates() {
            return method.equals("POST") && !path.equals("/oauth2/token");
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final Map<String, ObjectNode> authors = new LinkedHashMap<>();
    final Map<String, ObjectNode> sections = new LinkedHashMap<>();
    final Map<String, ObjectNode> themes = new LinkedHashMap<>();
    /** Articles by id. */
    final Map<String, ObjectNode> articles = new LinkedHashMap<>();
    /** Slugs of articles in the order they were published. */
    final List<String> publishOrder = new ArrayList<>();
    final Map<String, ObjectNode> advertisers = new LinkedHashMap<>();
    final List<ObjectNode> prices = new ArrayList<>();
    /** Bookings by id. */
    final Map<String, ObjectNode> bookings = new LinkedHashMap<>();
    /** Products whose slot the stand-in answers as taken (409), like an exclusive slot another advertiser holds. */
    final Set<String> takenProducts = new HashSet<>();

    private final LocalDate today;
    private final HttpServer server;

    PlatformStandIn(LocalDate today) throws IOException {
        this.today = today;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    ObjectNode addArticle(String slug, String status) {
        var article = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("status", status);
        article.set("content", JSON.createObjectNode().put("slug", slug));
        articles.put(article.get("id").asString(), article);
        return article;
    }

    ObjectNode addBooking(String advertiserId, String product, String title, String status) {
        var booking = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("advertiserId", advertiserId)
                .put("product", product).put("status", status).put("firstDay", today.toString());
        booking.putObject("content").putObject("creative").put("title", title);
        bookings.put(booking.get("id").asString(), booking);
        return booking;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            var query = exchange.getRequestURI().getRawQuery();
            var method = exchange.getRequestMethod();
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/oauth2/token")) {
                calls.add(new Call(null, method, path));
                token(exchange, body);
                return;
            }
            var user = user(exchange);
            calls.add(new Call(user, method, path + (query == null ? "" : "?" + query)));
            if (user == null) {
                answer(exchange, 401, null);
                return;
            }
            var request = body.isBlank() ? null : JSON.readTree(body);
            var reply = route(user, method, path, query == null ? "" : query, request);
            answer(exchange, reply.status(), reply.body());
        }
    }

    private record Reply(int status, JsonNode body) {
    }

    private Reply route(String user, String method, String path, String query, JsonNode request) {
        var role = ROLES.get(user);
        Matcher match;
        if ((match = match("/api/(authors|sections|themes)", path)) != null) {
            if (!role.equals("EDITOR")) {
                return new Reply(403, null);
            }
            var terms = switch (match.group(1)) {
                case "authors" -> authors;
                case "sections" -> sections;
                default -> themes;
            };
            var key = match.group(1).equals("authors") ? "id" : "slug";
            if (method.equals("GET")) {
                return new Reply(200, JSON.valueToTree(terms.values()));
            }
            return created(terms, request.path(key).asString(), (ObjectNode) request);
        }
        if (path.startsWith("/api/articles")) {
            return role.equals("EDITOR") ? articles(method, path, request) : new Reply(403, null);
        }
        if ((match = match("/api/advertisers(?:/([^/]+))?", path)) != null) {
            if (!role.equals("SALES")) {
                return new Reply(403, null);
            }
            if (method.equals("GET")) {
                var found = advertisers.get(match.group(1));
                return found == null ? new Reply(404, null) : new Reply(200, found);
            }
            return unknownFields(request, ADVERTISER_FIELDS) ? new Reply(400, null)
                    : created(advertisers, request.path("id").asString(), (ObjectNode) request);
        }
        if (path.equals("/api/prices")) {
            if (method.equals("GET")) {
                var product = query.replace("product=", "");
                return new Reply(200, JSON.valueToTree(prices.stream()
                        .filter(price -> price.path("product").asString().equals(product)).toList()));
            }
            if (!role.equals("SALES") || unknownFields(request, PRICE_FIELDS)) {
                return new Reply(role.equals("SALES") ? 400 : 403, null);
            }
            prices.add((ObjectNode) request);
            return new Reply(201, request);
        }
        if (path.startsWith("/api/bookings")) {
            return bookings(user, role, method, path, request);
        }
        return new Reply(404, null);
    }

    private Reply articles(String method, String path, JsonNode request) {
        Matcher match;
        if ((match = match("/api/articles/by-slug/([^/]+)", path)) != null) {
            var slug = match.group(1);
            return articles.values().stream().filter(article -> article.path("content").path("slug").asString()
                    .equals(slug)).findFirst().map(article -> new Reply(200, article)).orElse(new Reply(404, null));
        }
        if (path.equals("/api/articles") && method.equals("POST")) {
            var refused = unknownFields(request, ARTICLE_FIELDS)
                    || !request.path("authorIds").valueStream().allMatch(id -> authors.containsKey(id.asString()))
                    || !sections.containsKey(request.path("sectionSlug").asString())
                    || !request.path("themeSlugs").valueStream().allMatch(slug -> themes.containsKey(slug.asString()))
                    || !request.path("readAlso").valueStream().allMatch(id -> articles.containsKey(id.asString()));
            if (refused) {
                return new Reply(400, null);
            }
            var article = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("status", "DRAFT");
            article.set("content", request);
            articles.put(article.get("id").asString(), article);
            return new Reply(201, article);
        }
        if ((match = match("/api/articles/([^/]+)/(submit|publish)", path)) != null) {
            var article = articles.get(match.group(1));
            var from = match.group(2).equals("submit") ? "DRAFT" : "IN_REVIEW";
            if (article == null || !article.path("status").asString().equals(from)) {
                return new Reply(article == null ? 404 : 409, null);
            }
            article.put("status", match.group(2).equals("submit") ? "IN_REVIEW" : "PUBLISHED");
            if (match.group(2).equals("publish")) {
                publishOrder.add(article.path("content").path("slug").asString());
            }
            return new Reply(200, article);
        }
        return new Reply(404, null);
    }

    private Reply bookings(String user, String role, String method, String path, JsonNode request) {
        Matcher match;
        if (path.equals("/api/bookings") && method.equals("GET")) {
            var own = bookings.values().stream()
                    .filter(booking -> booking.path("advertiserId").asString().equals(ADVERTISER_OF.get(user)))
                    .toList();
            var page = JSON.createObjectNode().put("page", 0).put("size", 100).put("totalItems", own.size())
                    .put("totalPages", own.isEmpty() ? 0 : 1);
            page.set("items", JSON.valueToTree(own));
            return new Reply(200, page);
        }
        if (path.equals("/api/bookings") && method.equals("POST")) {
            if (!role.equals("ADVERTISER") || unknownFields(request, BOOKING_FIELDS)) {
                return new Reply(role.equals("ADVERTISER") ? 400 : 403, null);
            }
            var product = request.path("product").asString();
            if (takenProducts.contains(product)) {
                return new Reply(409, null);
            }
            var booking = ((ObjectNode) request.deepCopy()).put("id", UUID.randomUUID().toString())
                    .put("advertiserId", ADVERTISER_OF.get(user)).put("status", "REQUESTED");
            bookings.put(booking.get("id").asString(), booking);
            return new Reply(201, booking);
        }
        if ((match = match("/api/bookings/([^/]+)/approve", path)) != null) {
            if (!role.equals("SALES")) {
                return new Reply(403, null);
            }
            var booking = bookings.get(match.group(1));
            if (booking == null || !booking.path("status").asString().equals("REQUESTED")) {
                return new Reply(booking == null ? 404 : 409, null);
            }
            boolean started = !LocalDate.parse(booking.path("firstDay").asString()).isAfter(today);
            booking.put("status", started ? "ACTIVE" : "APPROVED").put("approvedBy", user);
            return new Reply(200, booking);
        }
        return new Reply(404, null);
    }

    private static Reply created(Map<String, ObjectNode> entries, String key, ObjectNode entry) {
        if (entries.containsKey(key)) {
            return new Reply(409, null);
        }
        entries.put(key, entry);
        return new Reply(201, entry);
    }

    private static boolean unknownFields(JsonNode request, Set<String> known) {
        return request == null
                || !request.properties().stream().allMatch(field -> known.contains(field.getKey()));
    }

    private static Matcher match(String pattern, String path) {
        var matcher = Pattern.compile(pattern).matcher(path);
        return matcher.matches() ? matcher : null;
    }

    private void token(HttpExchange exchange, String body) throws IOException {
        var header = exchange.getRequestHeaders().getFirst("Authorization");
        var credentials = header == null ? "" : new String(Base64.getDecoder().decode(header.substring(6)),
                StandardCharsets.UTF_8);
        var user = credentials.substring(0, Math.max(0, credentials.indexOf(':')));
        boolean known = ROLES.containsKey(user) && credentials.equals(user + ":" + user + "-secret")
                && body.equals("grant_type=client_credentials");
        answer(exchange, known ? 200 : 401, known ? JSON.createObjectNode().put("access_token", "token-of-" + user)
                .put("token_type", "Bearer") : null);
    }

    private static String user(HttpExchange exchange) {
        var header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer token-of-") ? header.substring(16) : null;
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        var bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
