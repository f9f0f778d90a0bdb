package dk.pressline.deploy.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.pressline.deploy.Mailbox;
import dk.pressline.deploy.OnRunningPlatform;
import dk.pressline.deploy.RunningPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reader's visit in headless Chromium, through the gateway of the running platform with the demo content: search
 * and filter, an article with its labelled sponsored items, the calendar, and signing up for the newsletter.
 */
@OnRunningPlatform
class ReaderWebsiteBrowserTests extends InDanishChromium {

    static final String SITE = RunningPlatform.GATEWAY;
    /** The demo's two advertisers, as a sponsored item names them. */
    static final Pattern ADVERTISER = Pattern.compile("Sponseret af (Nordlys Energi A/S|Grønhave ApS)");

    @BeforeAll
    static void awaitTheDemoContent() {
        var http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> http.send(
                                HttpRequest.newBuilder(URI.create(SITE + "/api/search?q=klimaplaner"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body()
                        .contains("Hver tredje kommune halter"));
    }

    @Test
    void aReaderFindsArticlesInDanishAndNarrowsThemByTheme() {
        page.navigate(SITE + "/");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Søg"))
                .click();
        page.getByLabel("Søgeord").fill("grønne");
        page.getByLabel("Søgeord").press("Enter");

        var count = page.getByRole(AriaRole.STATUS);
        assertThat(count).containsText("resultater for »grønne«");
        assertThat(page.locator(".result-list mark").first()).isVisible();
        int all = total(count.textContent());

        var energy = page.getByRole(
                AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Energi \\(\\d+\\)$")));
        var energyCount = page.locator("label[for='" + energy.getAttribute("id") + "'] .count")
                .textContent();
        int filed = Integer.parseInt(energyCount.replaceAll("\\D", ""));
        energy.check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opdatér resultater"))
                .click();

        assertThat(page).hasURL(Pattern.compile("tema=energi"));
        assertThat(energy).isChecked();
        assertThat(page.locator(".result-list > li").first()).isVisible();
        assertThat(total(count.textContent())).isEqualTo(filed).isLessThan(all);
    }

    @Test
    void suggestionsAppearWhileTheReaderTypes() {
        page.navigate(SITE + "/soeg");
        page.getByLabel("Søgeord").pressSequentially("klima", new Locator.PressSequentiallyOptions().setDelay(50));

        assertThat(page.locator("#soegeforslag option").first())
                .hasAttribute("value", Pattern.compile("klima", Pattern.CASE_INSENSITIVE));
    }

    @Test
    void anArticleShowsItsStoryAndLabelsEverySponsoredItemWithTheAdvertiser() {
        page.navigate(SITE + "/soeg?q=klimaplaner");
        var headline = "Hver tredje kommune halter efter egne klimamål";
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(headline))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(headline);
        assertThat(page.locator("figure figcaption")).containsText("Foto: Henrik Dalsgaard");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Læs også")))
                .isVisible();
        var related = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Relateret indhold"));
        var sponsored = related.locator("li").filter(new Locator.FilterOptions().setHasText("Sponseret"));
        assertThat(sponsored.first()).isVisible();
        for (int i = 0; i < sponsored.count(); i++) {
            assertThat(sponsored.nth(i)).containsText(ADVERTISER);
            var link = sponsored.nth(i).getByRole(AriaRole.LINK);
            assertThat(link).hasAttribute("href", Pattern.compile("^" + SITE + "/r/[0-9a-f-]+$"));
            assertThat(link).hasAttribute("rel", "sponsored noopener");
        }

        // The click goes through sponsor-service's redirect to the advertiser.
        var redirectedTo = redirectsToAdvertisersShownNotFollowed(context);
        sponsored.first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("body")).hasText(ON_TO_THE_ADVERTISER);
        // The demo's bookings and those the README story and the end-to-end story make compete for the slots.
        assertThat(redirectedTo.get()).matches("302 https://[a-z.-]+\\.example(\\.dk)?/.+");
    }

    @Test
    void theCalendarListsUpcomingCoursesWithDateTimeAndPlace() {
        page.navigate(SITE + "/arrangementer");

        var events = page.getByRole(AriaRole.MAIN).getByRole(AriaRole.ARTICLE);
        assertThat(events.first()).isVisible();
        var breakfastMeeting =
                events.filter(new Locator.FilterOptions().setHasText("Morgenmøde: Elpriser og fleksibelt forbrug"));
        assertThat(breakfastMeeting).containsText("Nordlys Energi A/S");
        assertThat(breakfastMeeting).containsText("kl. 08.00");
        assertThat(breakfastMeeting).containsText("Nordhavn, København");
        assertThat(breakfastMeeting.locator("time")).hasAttribute("datetime", Pattern.compile("^\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void keyboardUsersCanSkipStraightToTheContent() {
        page.navigate(SITE + "/");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Gå til indholdet");

        page.keyboard().press("Enter");
        assertThat(page.locator(":focus")).hasAttribute("id", "indhold");
    }

    @Test
    void aReaderSignsUpAndConfirmsThroughTheLinkInTheMail() {
        var address = "laeser-" + System.nanoTime() + "@example.dk";
        page.navigate(SITE + "/");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nyhedsbrev"))
                .click();
        page.getByLabel("E-mailadresse").fill(address);
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("Klima").setExact(true))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilmeld"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Tjek din mail");

        var mail = Mailbox.awaitMail(
                address, received -> received.get("text").asString().contains("bekraeft"));
        var confirmation = Mailbox.link(mail.get("text").asString(), "/nyhedsbrev/bekraeft?token=");
        assertThat(confirmation).startsWith(SITE + "/nyhedsbrev/bekraeft?token=");
        page.navigate(confirmation);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekræft tilmelding"))
                .click();

        var heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading).hasText("Du er tilmeldt");
        var preferences = Pattern.compile("indstillinger", Pattern.CASE_INSENSITIVE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(preferences))
                .click();
        assertThat(page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("Klima").setExact(true)))
                .isChecked();
    }

    /** The number of results the status line announces ("14 resultater for »grønne«, side 1 af 2"). */
    private static int total(String status) {
        var number = Pattern.compile("(\\d+) resultat").matcher(status);
        assertThat(number.find()).as(status).isTrue();
        return Integer.parseInt(number.group(1));
    }
}
