package dk.pressline.deploy.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

/**
 * Debian's headless Chromium driven by Playwright: {@code deploy/browser/headless-chromium} finds or fetches the
 * browser (no root needed), and Playwright never downloads one of its own.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<String> ARGUMENTS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static HeadlessChromium launch(Path repository) {
        var executable = executable(repository);
        var environment = new HashMap<>(System.getenv());
        environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(environment));
        try {
            return new HeadlessChromium(
                    playwright,
                    playwright
                            .chromium()
                            .launch(new BrowserType.LaunchOptions()
                                    .setExecutablePath(executable)
                                    .setHeadless(true)
                                    .setArgs(ARGUMENTS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    private static Path executable(Path repository) {
        var script = repository.resolve("deploy/browser/headless-chromium");
        try {
            var process = new ProcessBuilder(script.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || output.isEmpty()) {
                throw new IllegalStateException(script + " found no headless Chromium (exit " + process.exitValue()
                        + "); its reasons are in the test output");
            }
            var executable =
                    Path.of(output.lines().reduce((first, last) -> last).orElseThrow());
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(script + " named " + executable + ", which is not executable");
            }
            return executable;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a headless Chromium", e);
        }
    }
}
