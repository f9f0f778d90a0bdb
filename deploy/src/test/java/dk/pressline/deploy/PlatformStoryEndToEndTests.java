package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.deploy.demo.DemoContent;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.ApiResponse;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main story, walked through the gateway against the whole platform started as {@code ./pressline run --demo}
 * starts it: servers, token issuer, services and gateway, each in a process of its own, with the demo's sections,
 * advertisers and prices. The story keeps to a theme of its own, so what it checks is its own doing.
 */
@OnRunningPlatform
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformStoryEndToEndTests {

    static final String GATEWAY = RunningPlatform.GATEWAY;
    static final String TOKEN_ISSUER = RunningPlatform.TOKEN_ISSUER;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Every request of the story to a service's API and its answer are checked against that service's description. */
    static final ApiClient gateway = ApiClient.at(GATEWAY);

    @Test
    @Order(1)
    void anArticleReachesSearchItsSubscribersTheRelatedFeedAndTheNewsletterUntilAReaderUnsubscribes() throws Exception {
        var editor = RunningPlatform.token("editor:editor-secret");
        var sales = RunningPlatform.token("sales:sales-secret");
        var advertiser = RunningPlatform.token("advertiser:advertiser-secret");

        // Two readers sign up for the theme and confirm through the link in their mail.
        var reader = "anna@example.dk";
        var control = "bo@example.dk";
        for (var address : List.of(reader, control)) {
            post("/api/subscriptions", """
                    {"email": "%s", "language": "da", "newsletter": true, "eventNews": true,
                     "themes": ["groen-omstilling"], "form": "article-footer", "wordingVersion": "2026-11"}""".formatted(address), 202);
            var confirmation = Mailbox.awaitMail(
                    address, mail -> mail.get("text").asString().contains("/nyhedsbrev/bekraeft?token="));
            var confirmed =
                    confirmAsABrowser(Mailbox.link(confirmation.get("text").asString(), "/nyhedsbrev/bekraeft?token="));
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
            assertThat(confirmed.body()).contains("Du er tilmeldt");
        }

        // An editor publishes an article and six more on a new theme: three fill "Læs også", three the related feed.
        send(editor, "POST", "/api/authors", "{\"id\": \"mette-holm\", \"name\": \"Mette Holm\"}", 201);
        send(editor, "POST", "/api/themes", "{\"slug\": \"groen-omstilling\", \"name\": \"Grøn omstilling\"}", 201);
        var article = publish(
                editor,
                "Københavns grønne tage breder sig",
                "Flere tage i hovedstaden bliver grønne og opsamler regnvand.");
        var related = new ArrayList<String>();
        for (var headline : List.of(
                "Grønne tage køler byen",
                "Regnvand fra tage skal skylle toiletter",
                "Tage med solceller og sedum",
                "Grønne tage på skolerne",
                "Byens tage samler regnvand",
                "Sedumtage holder på vandet")) {
            related.add(publish(editor, headline, "Grønne tage og regnvand i byen.")
                    .get("id")
                    .asString());
        }

        // Readers find it with Danish stemming within seconds.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(ids(get("/api/search?q=" + encode("københavn grøn tag"))
                                .get("items")))
                        .contains(article.get("id").asString()));

        // The demo's advertiser books a related-feed placement on the theme and an event listing; sales approve both.
        var feedItem = send(advertiser, "POST", "/api/bookings", """
                {"product": "RELATED_FEED_ITEM", "firstDay": "%s", "lastDay": "%s",
                 "content": {"themes": ["groen-omstilling"],
                             "creative": {"title": "Grøn strøm til dit tag", "teaser": "Solceller fra Nordlys.",
                                          "linkUrl": "https://nordlys.example.dk/tag"}}}""".formatted(TODAY, TODAY.plusDays(14)), 201)
                .get("id")
                .asString();
        var eventDay = TODAY.plusDays(10);
        var eventListing = send(advertiser, "POST", "/api/bookings", """
                {"product": "EVENT_LISTING", "firstDay": "%s", "lastDay": "%s",
                 "content": {"themes": ["groen-omstilling"],
                             "creative": {"title": "Klimatopmøde", "linkUrl": "https://nordlys.example.dk/topmoede"},
                             "event": {"organiser": "Nordlys Energi", "title": "Klimatopmøde om grønne tage",
                                       "description": "En dag om grønne tage.", "date": "%s",
                                       "startTime": "09:30", "place": "Aarhus"}}}""".formatted(TODAY, eventDay, eventDay), 201)
                .get("id")
                .asString();
        send(sales, "POST", "/api/bookings/" + feedItem + "/approve", null, 200);
        send(sales, "POST", "/api/bookings/" + eventListing + "/approve", null, 200);

        // The booking appears in the article's related feed, labelled with the advertiser.
        var slug = article.get("content").get("slug").asString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var page = get("/api/content/" + slug);
            var feed = page.get("relatedContent");
            var sponsored = new ArrayList<JsonNode>();
            feed.forEach(item -> {
                if (item.has("sponsored")) {
                    sponsored.add(item);
                }
            });
            assertThat(sponsored).hasSize(1);
            assertThat(sponsored.getFirst().get("id").asString()).isEqualTo(feedItem);
            assertThat(sponsored.getFirst().get("sponsored").get("label").asString())
                    .isEqualTo("Sponseret");
            assertThat(sponsored.getFirst().get("sponsored").get("advertiser").asString())
                    .isEqualTo("Nordlys Energi A/S");
            var editorial = new ArrayList<>(ids(page.get("readAlso")));
            editorial.addAll(ids(feed));
            assertThat(editorial).containsAll(related);
        });

        // The event is in the calendar, beside the demo's in the same town.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(ids(get("/api/events?place=aarhus").get("items")))
                                .contains(eventListing));

        // The subscriber of the theme got an alert for the article, whose links all lead to the site.
        var alert =
                Mailbox.awaitMail(reader, mail -> mail.get("text").asString().contains("Københavns grønne tage"));
        assertThat(alert.get("text").asString()).contains(GATEWAY + "/artikel/" + slug);
        assertThat(alert.get("headers").get("List-Unsubscribe").asString())
                .contains("<" + GATEWAY + "/nyhedsbrev/afmeld?");

        // The advertiser books this week's newsletter sponsor slot (the demo's is later); the edition holds the
        // article, the event and the sponsor.
        var sponsorSlot = send(advertiser, "POST", "/api/bookings", """
                {"product": "NEWSLETTER_SPONSOR", "firstDay": "%s", "lastDay": "%s",
                 "content": {"themes": [], "creative": {"title": "Vind med vedvarende energi",
                             "linkUrl": "https://nordlys.example.dk/kampagne"}}}""".formatted(TODAY, TODAY.plusDays(6)), 201)
                .get("id")
                .asString();
        send(sales, "POST", "/api/bookings/" + sponsorSlot + "/approve", null, 200);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(text(editor, "/api/newsletter/preview"))
                        .contains(
                                "Københavns grønne tage",
                                "Klimatopmøde om grønne tage",
                                "Vind med vedvarende energi",
                                "Sponseret",
                                "Nordlys Energi A/S"));

        // One click on the alert's List-Unsubscribe link (RFC 8058) stops the next mail; the other reader gets it.
        var unsubscribe = alert.get("headers").get("List-Unsubscribe").asString();
        var oneClick = unsubscribe.substring(
                unsubscribe.indexOf("<http") + 1, unsubscribe.indexOf('>', unsubscribe.indexOf("<http")));
        var unsubscribed = http.send(
                HttpRequest.newBuilder(URI.create(oneClick))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsubscribed.statusCode()).as(unsubscribed.body()).isBetween(200, 204);
        publish(editor, "Grønne tage får tilskud", "Kommunen giver tilskud til grønne tage.");
        Mailbox.awaitMail(control, mail -> mail.get("text").asString().contains("Grønne tage får tilskud"));
        assertThat(Mailbox.mailsTo(reader))
                .noneMatch(mail -> mail.get("text").asString().contains("Grønne tage får tilskud"));

        // A reader's click goes through the redirect to the advertiser.
        var click = gateway.get("/r/" + feedItem);
        assertThat(click.status()).isEqualTo(302);
        assertThat(click.header("Location")).contains("https://nordlys.example.dk/tag");
    }

    @Test
    @Order(2)
    void loadingTheDemoContentAgainCreatesNothingTwice() throws Exception {
        var editor = RunningPlatform.token("editor:editor-secret");
        var sales = RunningPlatform.token("sales:sales-secret");
        var articles = send(editor, "GET", "/api/articles?size=1", null, 200)
                .get("totalItems")
                .asLong();
        var bookings = send(sales, "GET", "/api/bookings?size=1", null, 200)
                .get("totalItems")
                .asLong();
        assertThat(articles).as("the story's articles and the demo's").isGreaterThanOrEqualTo(8 + 36);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("/api/search?type=article&size=1")
                                .get("totalItems")
                                .asLong())
                        .isEqualTo(articles));
        var events = get("/api/events").get("totalItems").asLong();

        DemoContent.load(URI.create(GATEWAY), URI.create(TOKEN_ISSUER));

        assertThat(send(editor, "GET", "/api/articles?size=1", null, 200)
                        .get("totalItems")
                        .asLong())
                .isEqualTo(articles);
        assertThat(send(sales, "GET", "/api/bookings?size=1", null, 200)
                        .get("totalItems")
                        .asLong())
                .isEqualTo(bookings);
        assertThat(get("/api/events").get("totalItems").asLong()).isEqualTo(events);
    }

    private static JsonNode post(String path, String body, int expectedStatus) {
        return answer(gateway.post(path, body), "POST " + path, expectedStatus);
    }

    private static String text(String token, String path) {
        var response = gateway.withToken(token).get(path);
        assertThat(response.status()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    private static JsonNode publish(String editor, String headline, String teaser) throws Exception {
        var created = send(editor, "POST", "/api/articles", """
                {"headline": "%s", "teaser": "%s", "bodyHtml": "<p>%s</p>", "authorIds": ["mette-holm"],
                 "sectionSlug": "klima", "themeSlugs": ["groen-omstilling"], "language": "da"}""".formatted(headline, teaser, teaser), 201);
        var id = created.get("id").asString();
        send(editor, "POST", "/api/articles/" + id + "/submit", null, 200);
        return send(editor, "POST", "/api/articles/" + id + "/publish", null, 200);
    }

    private static JsonNode send(String token, String method, String path, String body, int expectedStatus) {
        return answer(gateway.withToken(token).send(method, path, body), method + " " + path, expectedStatus);
    }

    private static JsonNode get(String path) {
        return answer(gateway.get(path), "GET " + path, 200);
    }

    /** The answer's body, checked like every exchange of {@link #gateway} against the API descriptions. */
    private static JsonNode answer(ApiResponse response, String request, int expectedStatus) {
        assertThat(response.status()).as(request + ": " + response.body()).isEqualTo(expectedStatus);
        return response.body().isBlank() ? null : response.json();
    }

    private static List<String> ids(JsonNode items) {
        var ids = new ArrayList<String>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Opens the mailed link and presses the page's button, as a reader's browser does: the form carries the website's
     * CSRF token, and its cookie comes back with the post.
     */
    private static HttpResponse<String> confirmAsABrowser(String link) throws IOException, InterruptedException {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var page = browser.send(
                HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        var form = Jsoup.parse(page.body(), link).selectFirst("form[method=post]");
        assertThat(form).as("the confirmation page's form").isNotNull();
        var fields = form.select("input[name]").stream()
                .map(input -> URLEncoder.encode(input.attr("name"), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(input.val(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
