package dk.pressline.deploy.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.pressline.deploy.OnRunningPlatform;
import dk.pressline.deploy.RunningPlatform;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's screenshots of the portal, taken in headless Chromium from the running platform with the demo people:
 * {@code ./pressline screenshots} (tagged, so the normal test run leaves the files alone). The booking form is
 * previewed, never booked, so the demo's bookings are left as they were.
 */
@Tag("screenshots")
@OnRunningPlatform
class PortalScreenshots {

    static final String PORTAL = RunningPlatform.GATEWAY + "/portal";
    static final Path FOLDER = RunningPlatform.repository().resolve("docs/screenshots");

    @Test
    void takesTheReadmeScreenshotsOfThePortal() {
        try (var chromium = HeadlessChromium.launch(RunningPlatform.repository())) {
            var advertiser = signedIn(chromium, "mette@nordlys-energi.dk", "nordlys-demo");
            var firstDay = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(14);
            advertiser.navigate(PORTAL + "/bookinger/ny");
            advertiser.getByLabel("Første dag").fill(firstDay.toString());
            advertiser.getByLabel("Sidste dag").fill(firstDay.plusDays(6).toString());
            advertiser.getByLabel("Temaer").fill("energi, groen-omstilling");
            advertiser.getByLabel("Overskrift").fill("Sådan sparer virksomheder 30 procent på varmen");
            advertiser.getByLabel("Tekst").fill("Nordlys Energi viser, hvad varmepumper og styring betyder i praksis.");
            advertiser.getByLabel("Link").fill("https://nordlys.example.dk/varme");
            advertiser
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forhåndsvis"))
                    .click();
            assertThat(advertiser.getByText("Sponseret af").first()).isVisible();
            fullPage(advertiser, "portal-booking-form.png");
            advertiser.navigate(PORTAL + "/bookinger");
            fullPage(advertiser, "portal-bookings.png");
            advertiser.navigate(PORTAL + "/rapporter");
            fullPage(advertiser, "portal-report.png");

            var sales = signedIn(chromium, "salg@pressline.dk", "salg-demo");
            sales.navigate(PORTAL + "/salg/godkendelser");
            fullPage(sales, "portal-approvals.png");
        }
    }

    private static Page signedIn(HeadlessChromium chromium, String email, String password) {
        var page = chromium.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 900)
                        .setLocale("da-DK"))
                .newPage();
        page.navigate(PORTAL + "/");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Adgangskode").fill(password);
        if (email.startsWith("mette")) {
            page.screenshot(new Page.ScreenshotOptions().setPath(FOLDER.resolve("portal-sign-in.png")));
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind"))
                .click();
        assertThat(page.locator(".person-name")).isVisible();
        return page;
    }

    private static void fullPage(Page page, String file) {
        page.screenshot(
                new Page.ScreenshotOptions().setPath(FOLDER.resolve(file)).setFullPage(true));
    }
}
