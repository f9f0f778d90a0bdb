package dk.pressline.deploy.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dk.pressline.deploy.RunningPlatform;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A browser test class's headless Chromium, started once, and each test's own page in a fresh Danish context. */
abstract class InDanishChromium {

    /** What the browser shows in place of an advertiser's site. */
    static final String ON_TO_THE_ADVERTISER = "Videre til annoncøren";

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

    /**
     * A reader's click on a sponsored link goes to sponsor-service's redirect ({@code /r/{id}}), which counts it and
     * sends the reader on to the advertiser, whose made-up site is not fetched: the browser is shown
     * {@value #ON_TO_THE_ADVERTISER} instead, and the answer holds the redirect's status and location.
     */
    static AtomicReference<String> redirectsToAdvertisersShownNotFollowed(BrowserContext context) {
        var redirectedTo = new AtomicReference<String>();
        context.route(Pattern.compile(".*/r/[0-9a-f-]+$"), route -> {
            var redirect = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            redirectedTo.set(redirect.status() + " " + redirect.headers().get("location"));
            route.fulfill(new Route.FulfillOptions()
                    .setContentType("text/plain; charset=utf-8")
                    .setBody(ON_TO_THE_ADVERTISER));
        });
        return redirectedTo;
    }
}
