package dk.pressline.deploy.demo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WireMock standing in for the gateway and the token issuer, with stubs for what the demo loader reads: the answers of
 * an empty platform by default, and of one that already holds the demo content, a draft or a requested booking, or has
 * a slot taken. Each stub answers one role's token only (anything else is refused 403), and the request journal shows
 * what the loader sent, as whom, in which order.
 */
final class PlatformStubs implements AutoCloseable {

    /** The fields of the services' request records; the services refuse (400) any other. */
    static final Set<String> ARTICLE_FIELDS = Set.of(
            "headline",
            "teaser",
            "bodyHtml",
            "authorIds",
            "signOff",
            "sectionSlug",
            "themeSlugs",
            "language",
            "leadImage",
            "readAlso",
            "slug",
            "canonicalUrl",
            "source");

    static final Set<String> BOOKING_FIELDS = Set.of("advertiserId", "product", "firstDay", "lastDay", "content");
    static final Set<String> ADVERTISER_FIELDS = Set.of("id", "name", "logoUrl", "contact", "invoicing");
    static final Set<String> PRICE_FIELDS = Set.of("product", "validFrom", "validUntil", "pricePerDay");
    /** The demo users who book, by the advertiser their tokens are for. */
    static final Map<String, String> ADVERTISER_USERS =
            Map.of("ad-nordlys", "advertiser", "ad-groenhave", "advertiser-2");

    private static final List<String> USERS = List.of("editor", "sales", "advertiser", "advertiser-2");
    private static final String ARTICLE_ID_PREFIX = "id-of-";
    private static final int HOLDING = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One call as the platform saw it: who made it (the token's user, none for the token issuer) and what. */
    record Call(String user, String method, String path, JsonNode body, JsonNode answer) {

        boolean creates() {
            return method.equals("POST") && !path.equals("/oauth2/token");
        }
    }

    private final WireMockServer server =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true));

    PlatformStubs() {
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(403)));
        USERS.forEach(user -> server.stubFor(post(urlPathEqualTo("/oauth2/token"))
                .withBasicAuth(user, user + "-secret")
                .withRequestBody(equalTo("grant_type=client_credentials"))
                .willReturn(okJson("{\"access_token\":\"token-of-" + user + "\",\"token_type\":\"Bearer\"}"))));
        anEmptyPlatform();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The id the stubs give the article of the slug. */
    static String articleId(String slug) {
        return ARTICLE_ID_PREFIX + slug;
    }

    static String slugOf(String articleId) {
        return articleId.substring(ARTICLE_ID_PREFIX.length());
    }

    private void anEmptyPlatform() {
        for (var terms : List.of("/api/authors", "/api/sections", "/api/themes")) {
            server.stubFor(as("editor", get(urlPathEqualTo(terms))).willReturn(okJson("[]")));
            server.stubFor(as("editor", post(urlPathEqualTo(terms))).willReturn(createdEcho()));
        }
        server.stubFor(as("editor", get(urlPathMatching("/api/articles/by-slug/[^/]+")))
                .willReturn(notFound()));
        server.stubFor(as("editor", post(urlPathEqualTo("/api/articles")))
                .willReturn(template(
                        201,
                        "{\"id\":\"" + ARTICLE_ID_PREFIX
                                + "{{jsonPath request.body '$.slug'}}\",\"status\":\"DRAFT\"}")));
        server.stubFor(as("editor", post(urlPathMatching("/api/articles/[^/]+/submit")))
                .willReturn(template(200, "{\"id\":\"{{request.pathSegments.[2]}}\",\"status\":\"IN_REVIEW\"}")));
        server.stubFor(as("editor", post(urlPathMatching("/api/articles/[^/]+/publish")))
                .willReturn(template(200, "{\"id\":\"{{request.pathSegments.[2]}}\",\"status\":\"PUBLISHED\"}")));

        server.stubFor(
                as("sales", get(urlPathMatching("/api/advertisers/[^/]+"))).willReturn(notFound()));
        server.stubFor(as("sales", post(urlPathEqualTo("/api/advertisers"))).willReturn(createdEcho()));
        server.stubFor(as("sales", get(urlPathEqualTo("/api/prices"))).willReturn(okJson("[]")));
        server.stubFor(as("sales", post(urlPathEqualTo("/api/prices"))).willReturn(createdEcho()));
        server.stubFor(as("sales", post(urlPathMatching("/api/bookings/[^/]+/approve")))
                .willReturn(template(200, "{\"id\":\"{{request.pathSegments.[2]}}\",\"status\":\"APPROVED\"}")));
        for (var user : ADVERTISER_USERS.values()) {
            server.stubFor(as(user, get(urlPathEqualTo("/api/bookings"))).willReturn(okJson(bookingsPage(List.of()))));
            server.stubFor(as(user, post(urlPathEqualTo("/api/bookings")))
                    .willReturn(template(201, "{\"id\":\"{{randomValue type='UUID'}}\",\"status\":\"REQUESTED\"}")));
        }
    }

    /** Answers as a platform that the demo content has been loaded into, whatever the stubs said before. */
    void holdAllOf(DemoFiles files, LocalDate today) {
        var taxonomy = files.taxonomy();
        server.stubFor(
                holding("editor", get(urlPathEqualTo("/api/authors"))).willReturn(okJson(json(taxonomy.authors()))));
        server.stubFor(
                holding("editor", get(urlPathEqualTo("/api/sections"))).willReturn(okJson(json(taxonomy.sections()))));
        server.stubFor(
                holding("editor", get(urlPathEqualTo("/api/themes"))).willReturn(okJson(json(taxonomy.themes()))));
        server.stubFor(holding("editor", get(urlPathMatching("/api/articles/by-slug/[^/]+")))
                .willReturn(template(
                        200,
                        "{\"id\":\"" + ARTICLE_ID_PREFIX
                                + "{{request.pathSegments.[3]}}\",\"status\":\"PUBLISHED\"}")));
        server.stubFor(holding("sales", get(urlPathMatching("/api/advertisers/[^/]+")))
                .willReturn(template(200, "{\"id\":\"{{request.pathSegments.[2]}}\"}")));
        server.stubFor(holding("sales", get(urlPathEqualTo("/api/prices")))
                .willReturn(okJson("[{\"validFrom\":\"" + today + "\",\"validUntil\":null}]")));
        ADVERTISER_USERS.forEach((advertiserId, user) ->
                server.stubFor(holding(user, get(urlPathEqualTo("/api/bookings")))
                        .willReturn(okJson(bookingsPage(files.bookings().stream()
                                .filter(booking -> booking.advertiserId().equals(advertiserId))
                                .map(booking -> booking(booking, "live-" + booking.product(), "ACTIVE"))
                                .toList())))));
    }

    /** Answers as a platform where an earlier load created the article but stopped before submitting it. */
    void holdDraft(String slug) {
        server.stubFor(holding("editor", get(urlPathEqualTo("/api/articles/by-slug/" + slug)))
                .willReturn(okJson("{\"id\":\"" + articleId(slug) + "\",\"status\":\"DRAFT\"}")));
    }

    /** Answers as a platform where an earlier load booked but stopped before sales approved. */
    void holdRequestedBooking(DemoFiles.Booking booking, String id) {
        server.stubFor(holding(ADVERTISER_USERS.get(booking.advertiserId()), get(urlPathEqualTo("/api/bookings")))
                .willReturn(okJson(bookingsPage(List.of(booking(booking, id, "REQUESTED"))))));
    }

    /** Refuses bookings of the product as taken (409), like an exclusive slot another advertiser holds. */
    void takeSlot(String product) {
        for (var user : ADVERTISER_USERS.values()) {
            server.stubFor(holding(user, post(urlPathEqualTo("/api/bookings")))
                    .withRequestBody(matchingJsonPath("$.product", equalTo(product)))
                    .willReturn(aResponse().withStatus(409)));
        }
    }

    /** Every call the platform received, oldest first. */
    List<Call> calls() {
        return server.getAllServeEvents().reversed().stream()
                .map(PlatformStubs::call)
                .toList();
    }

    /** The bodies of the POSTs to the path that were answered 201. */
    List<JsonNode> created(String path) {
        return calls().stream()
                .filter(call -> call.method().equals("POST")
                        && call.path().equals(path)
                        && !call.answer().isMissingNode())
                .map(Call::body)
                .toList();
    }

    /** The ids in the paths of the calls to {@code /api/<collection>/<id>/<action>}, in the order they came. */
    List<String> idsActedOn(String collection, String action) {
        return calls().stream()
                .filter(call -> call.path().matches("/api/" + collection + "/[^/]+/" + action))
                .map(call -> call.path().split("/")[3])
                .toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Call call(ServeEvent event) {
        var request = event.getRequest();
        var authorization = request.getHeader("Authorization");
        var user = authorization != null && authorization.startsWith("Bearer token-of-")
                ? authorization.substring("Bearer token-of-".length())
                : null;
        var answer = event.getResponse().getStatus() == 201
                ? read(event.getResponse().getBodyAsString())
                : JSON.missingNode();
        return new Call(user, request.getMethod().getName(), request.getUrl(), read(request.getBodyAsString()), answer);
    }

    private static JsonNode read(String text) {
        return text == null || text.isBlank() || !text.startsWith("{") && !text.startsWith("[")
                ? JSON.missingNode()
                : JSON.readTree(text);
    }

    private static MappingBuilder as(String user, MappingBuilder request) {
        return request.withHeader("Authorization", equalTo("Bearer token-of-" + user));
    }

    private static MappingBuilder holding(String user, MappingBuilder request) {
        return as(user, request).atPriority(HOLDING);
    }

    private static ResponseDefinitionBuilder createdEcho() {
        return template(201, "{{{request.body}}}");
    }

    private static ResponseDefinitionBuilder template(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body)
                .withTransformers("response-template");
    }

    private static String bookingsPage(List<Map<String, Object>> items) {
        return json(Map.of(
                "page",
                0,
                "size",
                100,
                "totalItems",
                items.size(),
                "totalPages",
                items.isEmpty() ? 0 : 1,
                "items",
                items));
    }

    private static Map<String, Object> booking(DemoFiles.Booking booking, String id, String status) {
        return Map.of(
                "id",
                id,
                "product",
                booking.product(),
                "status",
                status,
                "content",
                Map.of("creative", Map.of("title", booking.creative().title())));
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
