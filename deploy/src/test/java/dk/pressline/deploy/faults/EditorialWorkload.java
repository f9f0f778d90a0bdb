package dk.pressline.deploy.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady load through the gateway while a fault is injected: an editor publishes, corrects and unpublishes articles
 * on the suite's theme at a fixed rate, and a reader searches twice a second. It keeps what was acknowledged, and when
 * readers got an error, for the audit.
 */
final class EditorialWorkload implements AutoCloseable {

    private static final Duration READER_INTERVAL = Duration.ofMillis(500);

    private final PlatformApi api;
    private final String editorToken;
    private final String scenario;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final AtomicInteger step = new AtomicInteger();
    private final Map<String, String> headlines = new LinkedHashMap<>();
    private final List<String> published = new ArrayList<>();
    private final List<Instant> readerErrors = new ArrayList<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger searches = new AtomicInteger();

    private EditorialWorkload(PlatformApi api, String editorToken, String scenario) {
        this.api = api;
        this.editorToken = editorToken;
        this.scenario = scenario;
    }

    /** Starts the load: one editorial operation every {@code interval}, one search every half second. */
    static EditorialWorkload start(PlatformApi api, String editorToken, String scenario, Duration interval) {
        var workload = new EditorialWorkload(api, editorToken, scenario);
        workload.scheduler.scheduleWithFixedDelay(workload::editorialStep, 0, interval.toMillis(),
                TimeUnit.MILLISECONDS);
        workload.scheduler.scheduleWithFixedDelay(workload::search, 0, READER_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        return workload;
    }

    private void editorialStep() {
        int n = step.getAndIncrement();
        switch (n % 5) {
            case 2 -> correctOne(n);
            case 4 -> unpublishOne();
            default -> publishOne(n);
        }
    }

    private void publishOne(int n) {
        var headline = "Fejltest %s artikel %03d".formatted(scenario, n);
        var created = api.send(editorToken, "POST", "/api/articles", content(headline, "Første udgave."));
        if (!created.ok()) {
            refused.incrementAndGet();
            return;
        }
        var id = created.body().get("id").asString();
        synchronized (this) {
            headlines.put(id, headline);
        }
        if (api.send(editorToken, "POST", "/api/articles/" + id + "/submit", null).ok()
                && api.send(editorToken, "POST", "/api/articles/" + id + "/publish", null).ok()) {
            acknowledged.incrementAndGet();
            synchronized (this) {
                published.add(id);
            }
        } else {
            refused.incrementAndGet();
        }
    }

    /** Publishes an article of the editor's choosing as part of the load; false when it was not acknowledged. */
    boolean publish(String headline, String bodyHtml) {
        var created = api.send(editorToken, "POST", "/api/articles", """
                {"headline": "%s", "teaser": "Stor artikel.", "bodyHtml": "%s", "authorIds": ["%s"],
                 "sectionSlug": "%s", "themeSlugs": ["%s"], "language": "da"}"""
                .formatted(headline, bodyHtml, FaultPlatform.AUTHOR, FaultPlatform.SECTION, FaultPlatform.THEME));
        if (!created.ok()) {
            throw new IllegalStateException("The article was refused: " + created.status() + " " + created.body());
        }
        var id = created.body().get("id").asString();
        synchronized (this) {
            headlines.put(id, headline);
        }
        var published = api.send(editorToken, "POST", "/api/articles/" + id + "/submit", null).ok()
                && api.send(editorToken, "POST", "/api/articles/" + id + "/publish", null).ok();
        (published ? acknowledged : refused).incrementAndGet();
        return published;
    }

    private void correctOne(int n) {
        String id;
        synchronized (this) {
            if (published.isEmpty()) {
                return;
            }
            id = published.get(n % published.size());
        }
        var body = "{\"note\": \"Rettet i trin %d\", \"content\": %s}".formatted(n,
                content(headlines.get(id), "Rettet udgave " + n + "."));
        count(api.send(editorToken, "POST", "/api/articles/" + id + "/correct", body));
    }

    private void unpublishOne() {
        String id;
        synchronized (this) {
            if (published.size() < 3) {
                return;
            }
            id = published.removeFirst();
        }
        var answer = api.send(editorToken, "POST", "/api/articles/" + id + "/unpublish",
                "{\"reason\": \"Trukket tilbage under fejltest\"}");
        count(answer);
        if (!answer.ok()) {
            synchronized (this) {
                published.add(id);
            }
        }
    }

    private void count(PlatformApi.Answer answer) {
        (answer.ok() ? acknowledged : refused).incrementAndGet();
    }

    private void search() {
        searches.incrementAndGet();
        if (api.get("/api/search?q=fejltest").serverError()) {
            synchronized (this) {
                readerErrors.add(Instant.now());
            }
        }
    }

    private static String content(String headline, String teaser) {
        return """
                {"headline": "%s", "teaser": "%s", "bodyHtml": "<p>%s</p>", "authorIds": ["%s"],
                 "sectionSlug": "%s", "themeSlugs": ["%s"], "language": "da"}"""
                .formatted(headline, teaser, teaser, FaultPlatform.AUTHOR, FaultPlatform.SECTION,
                        FaultPlatform.THEME);
    }

    /** Stops the load and waits for the operation under way to finish. */
    @Override
    public void close() throws InterruptedException {
        scheduler.shutdown();
        if (!scheduler.awaitTermination(1, TimeUnit.MINUTES)) {
            scheduler.shutdownNow();
        }
    }

    /** Every article this run created, by id, with its headline. */
    synchronized Map<String, String> articles() {
        return Map.copyOf(headlines);
    }

    int acknowledged() {
        return acknowledged.get();
    }

    int refused() {
        return refused.get();
    }

    int searches() {
        return searches.get();
    }

    synchronized List<Instant> readerErrors() {
        return List.copyOf(readerErrors);
    }
}
