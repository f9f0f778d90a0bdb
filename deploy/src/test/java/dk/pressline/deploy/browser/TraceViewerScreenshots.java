package dk.pressline.deploy.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dk.pressline.deploy.ObservabilityEndToEndTests;
import dk.pressline.deploy.OnRunningPlatform;
import dk.pressline.deploy.RunningPlatform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's picture of one publish's trace in Zipkin, across article-, search- and notification-service: taken
 * with {@code ./pressline screenshots}, like the reader website's.
 */
@Tag("screenshots")
@OnRunningPlatform
class TraceViewerScreenshots {

    @Test
    void takesThePictureOfAPublishsTrace() throws Exception {
        var traceId = ObservabilityEndToEndTests.publishInATraceOfItsOwn("Sporet af en udgivelse, til billedet");
        ObservabilityEndToEndTests.awaitSpansOfEveryServiceIn(traceId);

        try (var chromium = HeadlessChromium.launch(RunningPlatform.repository())) {
            var page = chromium.browser()
                    .newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))
                    .newPage();
            page.navigate(ObservabilityEndToEndTests.TRACE_VIEWER + "/zipkin/traces/" + traceId);
            assertThat(page.getByText("notification-service").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(ReaderWebsiteScreenshots.FOLDER.resolve("trace.png"))
                    .setFullPage(true));
        }
    }
}
