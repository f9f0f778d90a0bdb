package dk.pressline.deploy.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.pressline.deploy.OnRunningPlatform;
import dk.pressline.deploy.RunningPlatform;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.ApiResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People of the demo in headless Chromium on the portal, through the gateway of the running platform: they are sent
 * to the token issuer's sign-in page and come back to the portal signed in, and see only their own advertiser's
 * business. An advertiser's booking goes from the portal's form through sales' approval to readers' article pages,
 * and their clicks back into the advertiser's report.
 */
@OnRunningPlatform
class PortalBrowserTests extends InDanishChromium {

    static final String PORTAL = RunningPlatform.GATEWAY + "/portal";
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    /** A theme of the journey's own, whose article's related feed no other booking competes for. */
    static final String JOURNEY_THEME = "byhaver";

    @Test
    void anAdvertiserSignsInAtTheIssuerAndComesBackToThePortalThroughTheGateway() {
        page.navigate(PORTAL + "/");
        assertThat(page).hasURL(beginningWith(RunningPlatform.TOKEN_ISSUER + "/login"));

        signIn("mette@nordlys-energi.dk", "nordlys-demo");

        assertThat(page).hasURL(beginningWith(PORTAL + "/"));
        assertThat(page.locator(".person-name")).hasText("Mette Holm");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine bookinger"))
                .click();
        assertThat(page).hasURL(beginningWith(PORTAL + "/bookinger"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mine bookinger");
        // The demo's bookings for Nordlys Energi, read from sponsor-service with Mette's token.
        assertThat(page.locator("table.bookings tbody tr").first()).isVisible();
    }

    @Test
    void aWrongPasswordIsRefusedInDanishAndNobodyIsSignedIn() {
        page.navigate(PORTAL + "/");
        signIn("salg@pressline.dk", "not-the-password");

        assertThat(page).hasURL(beginningWith(RunningPlatform.TOKEN_ISSUER + "/login"));
        assertThat(page.getByText("Forkert e-mail eller adgangskode.")).isVisible();
        assertThat(page.locator(".person-name")).hasCount(0);
    }

    @Test
    void anAdvertiserOpeningAnotherAdvertisersBookingGetsThePortalsNotFoundPage() throws Exception {
        var othersBooking = firstBookingOf("advertiser-2:advertiser-2-secret");
        page.navigate(PORTAL + "/");
        signIn("mette@nordlys-energi.dk", "nordlys-demo");
        assertThat(page.locator(".person-name")).hasText("Mette Holm");

        var response = page.navigate(PORTAL + "/bookinger/" + othersBooking);

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Siden findes ikke");
    }

    @Test
    void anAdvertisersBookingIsApprovedBySalesShownToReadersAndItsClickCountedInTheReport() throws Exception {
        var article = anArticleWithRelatedArticlesOnTheme(JOURNEY_THEME);
        var title = "Solceller til byens haver";

        // The advertiser fills in the booking form and sees the price and the item as readers will see it.
        page.navigate(PORTAL + "/bookinger/ny");
        signIn("mette@nordlys-energi.dk", "nordlys-demo");
        var clicksBefore = clicksIn(page);
        page.navigate(PORTAL + "/bookinger/ny");
        var today = LocalDate.now(DANISH_TIME);
        page.getByLabel("Produkt").selectOption("RELATED_FEED_ITEM");
        page.getByLabel("Første dag").fill(today.toString());
        page.getByLabel("Sidste dag").fill(today.plusDays(6).toString());
        page.getByLabel("Temaer").fill(JOURNEY_THEME);
        page.getByLabel("Overskrift").fill(title);
        page.getByLabel("Tekst").fill("Nordlys sætter solceller op i kolonihaver og på byens tage.");
        page.getByLabel("Link").fill("https://nordlys.example.dk/byhaver");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forhåndsvis"))
                .click();
        assertThat(page.locator(".quote-total")).hasText(Pattern.compile("^[0-9.]+,[0-9]{2} kr\\.$"));
        var preview = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Forhåndsvisning"));
        assertThat(preview).containsText(title);
        assertThat(preview).containsText("Sponseret af Nordlys Energi A/S");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tak. Bookingen er sendt til salg, som godkender den.");
        assertThat(page.locator(".status")).hasText("Anmodet");
        var booking = page.url();

        // Sales sign in in their own browser, find it in the queue with its preview, and approve it.
        try (var sales = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("da-DK"))) {
            var salesPage = sales.newPage();
            salesPage.navigate(PORTAL + "/salg/godkendelser");
            signIn(salesPage, "salg@pressline.dk", "salg-demo");
            var waiting = salesPage
                    .locator("ol.queue > li")
                    .filter(new Locator.FilterOptions()
                            .setHas(salesPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))));
            assertThat(waiting).containsText("Sponseret af Nordlys Energi A/S");
            waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkend"))
                    .click();
            assertThat(salesPage.getByRole(AriaRole.STATUS)).hasText("Bookingen er godkendt.");
        }

        // Its flight started today, so it is live at once.
        page.navigate(booking);
        assertThat(page.locator(".status")).hasText("Live");

        // A reader of the article sees it in "Relateret indhold", labelled, and clicks it.
        try (var reader = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("da-DK"))) {
            var readerPage = reader.newPage();
            var sponsored = readerPage
                    .getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Relateret indhold"))
                    .locator("li")
                    .filter(new Locator.FilterOptions().setHasText(title));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                readerPage.navigate(RunningPlatform.GATEWAY + "/artikel/" + article);
                assertThat(sponsored).containsText("Sponseret af Nordlys Energi A/S");
            });
            var redirectedTo = redirectsToAdvertisersShownNotFollowed(reader);
            sponsored.getByRole(AriaRole.LINK).click();
            assertThat(readerPage.locator("body")).hasText(ON_TO_THE_ADVERTISER);
            assertThat(redirectedTo.get()).isEqualTo("302 https://nordlys.example.dk/byhaver");
        }

        // The click reaches the advertiser's report.
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(clicksIn(page)).isGreaterThan(clicksBefore));
    }

    /** A URL pattern for Playwright, which matches it as a JavaScript regular expression (no {@code \Q...\E}). */
    private static Pattern beginningWith(String prefix) {
        return Pattern.compile("^" + prefix.replace(".", "\\."));
    }

    private void signIn(String email, String password) {
        signIn(page, email, password);
    }

    private static void signIn(Page page, String email, String password) {
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Adgangskode").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind"))
                .click();
    }

    /** The clicks on the signed-in advertiser's placements, as its report in the portal totals them. */
    private static long clicksIn(Page page) {
        page.navigate(PORTAL + "/rapporter");
        var clicks = page.locator("dl.totals dt:text-is('Klik') + dd").textContent();
        return Long.parseLong(clicks.replace(".", "").strip());
    }

    /**
     * Publishes, as an editor through the API, an article and six more on a new theme (three for its "Læs også", three
     * for its "Relateret indhold", which then has room for one sponsored item), and answers the article's slug.
     */
    private static String anArticleWithRelatedArticlesOnTheme(String theme) throws Exception {
        var editor = ApiClient.at(RunningPlatform.GATEWAY).withToken(RunningPlatform.token("editor:editor-secret"));
        answer(editor.post("/api/themes", "{\"slug\": \"%s\", \"name\": \"Byhaver\"}".formatted(theme)), 201);
        String article = null;
        for (var headline : List.of(
                "Byhaver skyder op mellem boligblokkene",
                "Kolonihaver får solceller på skurene",
                "Taghaver dyrker grønt til kantinen",
                "Byhaver giver plads til bierne",
                "Skolens have bliver klasselokale",
                "Fælleshaver samler naboerne",
                "Regnvand vander byens haver")) {
            var created = answer(editor.post("/api/articles", """
                    {"headline": "%s", "teaser": "Byhaver og grønne fællesskaber.", "bodyHtml": "<p>Byhaver i byen.</p>",
                     "authorIds": ["anne-kjaergaard"], "sectionSlug": "klima", "themeSlugs": ["%s"], "language": "da"}""".formatted(headline, theme)), 201);
            var id = created.get("id").asString();
            answer(editor.post("/api/articles/" + id + "/submit", null), 200);
            var published = answer(editor.post("/api/articles/" + id + "/publish", null), 200);
            if (article == null) {
                article = published.get("content").get("slug").asString();
            }
        }
        return article;
    }

    private static JsonNode answer(ApiResponse response, int expectedStatus) {
        assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
        return response.json();
    }

    /** A booking of the demo's other advertiser (Grønhave), asked of the API with that advertiser's client. */
    private static String firstBookingOf(String clientCredentials) throws Exception {
        var bookings = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(RunningPlatform.GATEWAY + "/api/bookings?size=1"))
                                .header("Authorization", "Bearer " + RunningPlatform.token(clientCredentials))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(bookings.statusCode()).as(bookings.body()).isEqualTo(200);
        var items = JsonMapper.builder().build().readTree(bookings.body()).get("items");
        assertThat(items.isEmpty())
                .as("the demo's other advertiser has a booking")
                .isFalse();
        return items.get(0).get("id").asString();
    }
}
