package dk.pressline.deploy.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.pressline.deploy.OnRunningPlatform;
import dk.pressline.deploy.RunningPlatform;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's screenshots of the reader website, taken in headless Chromium from the running platform with the demo
 * content: {@code ./pressline screenshots} (tagged, so the normal test run leaves the files alone).
 */
@Tag("screenshots")
@OnRunningPlatform
class ReaderWebsiteScreenshots {

    static final String SITE = RunningPlatform.GATEWAY;
    static final Path FOLDER = RunningPlatform.repository().resolve("docs/screenshots");

    @Test
    void takesTheReadmeScreenshots() throws Exception {
        try (var chromium = HeadlessChromium.launch(RunningPlatform.repository())) {
            var desktop = chromium.browser()
                    .newContext(new Browser.NewContextOptions()
                            .setViewportSize(1280, 900)
                            .setLocale("da-DK"));
            var page = desktop.newPage();

            take(page, "/soeg?q=gr%C3%B8nne+tage", "search.png");
            take(page, "/", "front-page.png");
            page.navigate(SITE + "/soeg?q=klimaplaner");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Hver tredje kommune halter efter egne klimamål"))
                    .click();
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Relateret indhold")))
                    .containsText("Sponseret");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(FOLDER.resolve("article.png"))
                    .setFullPage(true));
            var article = page.url();
            take(page, "/arrangementer", "events.png");
            take(page, "/nyhedsbrev", "newsletter.png");

            var phone = chromium.browser()
                    .newContext(new Browser.NewContextOptions()
                            .setViewportSize(390, 844)
                            .setDeviceScaleFactor(2)
                            .setIsMobile(true)
                            .setLocale("da-DK"));
            var small = phone.newPage();
            small.navigate(article);
            small.screenshot(new Page.ScreenshotOptions().setPath(FOLDER.resolve("article-phone.png")));
        }
    }

    private static void take(Page page, String path, String file) {
        page.navigate(SITE + path);
        page.screenshot(new Page.ScreenshotOptions().setPath(FOLDER.resolve(file)));
    }
}
