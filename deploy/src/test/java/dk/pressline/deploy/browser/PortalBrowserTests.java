package dk.pressline.deploy.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.pressline.deploy.OnRunningPlatform;
import dk.pressline.deploy.RunningPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * People of the demo in headless Chromium on the portal, through the gateway of the running platform: they are sent
 * to the token issuer's sign-in page and come back to the portal signed in, and see only their own advertiser's
 * business.
 */
@OnRunningPlatform
class PortalBrowserTests extends InDanishChromium {

    static final String PORTAL = RunningPlatform.GATEWAY + "/portal";

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

    /** A URL pattern for Playwright, which matches it as a JavaScript regular expression (no {@code \Q...\E}). */
    private static Pattern beginningWith(String prefix) {
        return Pattern.compile("^" + prefix.replace(".", "\\."));
    }

    private void signIn(String email, String password) {
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Adgangskode").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind"))
                .click();
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
