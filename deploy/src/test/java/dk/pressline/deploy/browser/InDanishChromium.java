package dk.pressline.deploy.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dk.pressline.deploy.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A browser test class's headless Chromium, started once, and each test's own page in a fresh Danish context. */
abstract class InDanishChromium {

    static HeadlessChromium chromium;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void startTheBrowser() {
        chromium = HeadlessChromium.launch(RunningPlatform.repository());
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openAPage() {
        context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        page = context.newPage();
    }

    @AfterEach
    void closeThePage() {
        context.close();
    }
}
