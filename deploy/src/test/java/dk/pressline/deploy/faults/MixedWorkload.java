package dk.pressline.deploy.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady load through the gateway while a fault is injected: an editor publishes, corrects and unpublishes articles
 * on the suite's theme at a fixed rate; an advertiser books related-feed items on it, which sales approve and later
 * withdraw, and readers click the live ones; readers sign up for the newsletter, confirm and unsubscribe; a reader
 * searches or reads an article page (which shows the live related-feed items) twice a second. It keeps what was
 * acknowledged (and, for clicks and impressions, what was tried), and when readers got an error, for the audit.
 */
final class MixedWorkload implements AutoCloseable {

    private static final Duration READER_INTERVAL = Duration.ofMillis(500);

    private final PlatformApi api;
    private final String editorToken;
    private final String advertiserToken;
    private final String salesToken;
    private final String scenario;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
    private final NewsletterReaders newsletterReaders;
    private final AtomicInteger readerStep = new AtomicInteger();
    private final Map<String, String> slugs = new HashMap<>();
    private final Map<String, Integer> impressionsServed = new HashMap<>();
    private final AtomicInteger advertisingStep = new AtomicInteger();
    private final List<String> bookings = new ArrayList<>();
    private final List<String> live = new ArrayList<>();
    private final Map<String, Integer> clicksTried = new HashMap<>();
    private final Map<String, Integer> clicksAnswered = new HashMap<>();
    private final AtomicInteger step = new AtomicInteger();
    private final Map<String, String> headlines = new LinkedHashMap<>();
    private final List<String> published = new ArrayList<>();
    private final List<Instant> readerErrors = new ArrayList<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final Instant started = Instant.now();
    private volatile Instant stopped;

    private MixedWorkload(FaultPlatform.Running running, String scenario) {
        this.api = running.api();
        this.editorToken = running.editorToken();
        this.advertiserToken = running.advertiserToken();
        this.salesToken = running.salesToken();
        this.scenario = scenario;
        this.newsletterReaders = new NewsletterReaders(running, scenario);
    }

    /**
     * Starts the load: one editorial, one advertising and one newsletter reader's operation every {@code interval}, a
     * search or article page every 0.5 s.
     */
    static MixedWorkload start(FaultPlatform.Running running, String scenario, Duration interval) {
        var workload = new MixedWorkload(running, scenario);
        workload.scheduler.scheduleWithFixedDelay(
                workload::editorialStep, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        workload.scheduler.scheduleWithFixedDelay(
                workload::advertisingStep, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        workload.scheduler.scheduleWithFixedDelay(
                () -> workload.newsletterReaders.step(workload.readerStep.getAndIncrement()),
                0,
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        workload.scheduler.scheduleWithFixedDelay(workload::read, 0, READER_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
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
            slugs.put(id, created.body().get("content").get("slug").asString());
        }
        if (api.send(editorToken, "POST", "/api/articles/" + id + "/submit", null)
                        .ok()
                && api.send(editorToken, "POST", "/api/articles/" + id + "/publish", null)
                        .ok()) {
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
                 "sectionSlug": "%s", "themeSlugs": ["%s"], "language": "da"}""".formatted(
                        headline, bodyHtml, FaultPlatform.AUTHOR, FaultPlatform.SECTION, FaultPlatform.THEME));
        if (!created.ok()) {
            throw new IllegalStateException("The article was refused: " + created.status() + " " + created.body());
        }
        var id = created.body().get("id").asString();
        synchronized (this) {
            headlines.put(id, headline);
            slugs.put(id, created.body().get("content").get("slug").asString());
        }
        var published = api.send(editorToken, "POST", "/api/articles/" + id + "/submit", null)
                        .ok()
                && api.send(editorToken, "POST", "/api/articles/" + id + "/publish", null)
                        .ok();
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
        var body = "{\"note\": \"Rettet i trin %d\", \"content\": %s}"
                .formatted(n, content(headlines.get(id), "Rettet udgave " + n + "."));
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
        var answer = api.send(
                editorToken,
                "POST",
                "/api/articles/" + id + "/unpublish",
                "{\"reason\": \"Trukket tilbage under fejltest\"}");
        count(answer);
        if (!answer.ok()) {
            synchronized (this) {
                published.add(id);
            }
        }
    }

    private void advertisingStep() {
        int n = advertisingStep.getAndIncrement();
        switch (n % 4) {
            case 0 -> bookAndApprove(n);
            case 3 -> withdrawOne();
            default -> clickOne(n);
        }
    }

    private void bookAndApprove(int n) {
        var today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        var lastDay = today.plusDays(10);
        var creative = """
                "themes": ["%s"], "creative": {"title": "Fejltest %s annonce %03d",
                "teaser": "Sponseret under fejltest.", "linkUrl": "https://annoncoer.example.dk/%d"}""".formatted(FaultPlatform.THEME, scenario, n, n);
        // Every other booking is an event listing, which notification-service keeps a copy of for the newsletter.
        var booking = n % 8 == 0
                ? """
                  {"product": "RELATED_FEED_ITEM", "firstDay": "%s", "lastDay": "%s", "content": {%s}}""".formatted(today, lastDay, creative)
                : """
                  {"product": "EVENT_LISTING", "firstDay": "%s", "lastDay": "%s", "content": {%s,
                   "event": {"organiser": "Nordlys Energi", "title": "Fejltest %s arrangement %03d",
                             "description": "Et arrangement under fejltest.", "date": "%s", "startTime": "09:30",
                             "place": "Aarhus"}}}""".formatted(today, lastDay, creative, scenario, n, lastDay);
        var booked = api.send(advertiserToken, "POST", "/api/bookings", booking);
        if (!booked.ok()) {
            refused.incrementAndGet();
            return;
        }
        var id = booked.body().get("id").asString();
        synchronized (this) {
            bookings.add(id);
        }
        var approved = api.send(salesToken, "POST", "/api/bookings/" + id + "/approve", null);
        count(approved);
        if (approved.ok()) {
            synchronized (this) {
                live.add(id);
            }
        }
    }

    private void clickOne(int n) {
        String id;
        synchronized (this) {
            if (live.isEmpty()) {
                return;
            }
            id = live.get(n % live.size());
            clicksTried.merge(id, 1, Integer::sum);
        }
        if (api.get("/r/" + id).status() == 302) {
            synchronized (this) {
                clicksAnswered.merge(id, 1, Integer::sum);
            }
            acknowledged.incrementAndGet();
        }
    }

    private void withdrawOne() {
        String id;
        synchronized (this) {
            if (live.size() < 3) {
                return;
            }
            id = live.removeFirst();
        }
        var answer = api.send(
                salesToken,
                "POST",
                "/api/bookings/" + id + "/withdraw",
                "{\"reason\": \"Trukket tilbage under fejltest\"}");
        count(answer);
        if (!answer.ok()) {
            synchronized (this) {
                live.add(id);
            }
        }
    }

    private void count(PlatformApi.Answer answer) {
        (answer.ok() ? acknowledged : refused).incrementAndGet();
    }

    private void read() {
        if (reads.incrementAndGet() % 2 == 0) {
            search();
        } else {
            readArticlePage();
        }
    }

    private void search() {
        if (api.get("/api/search?q=fejltest").serverError()) {
            readerError();
        }
    }

    /** Reads a published article's page; each sponsored item it shows is an impression to count once. */
    private void readArticlePage() {
        String slug;
        synchronized (this) {
            if (published.isEmpty()) {
                return;
            }
            slug = slugs.get(published.get(reads.get() % published.size()));
        }
        var page = api.get("/api/content/" + slug);
        if (page.serverError()) {
            readerError();
        } else if (page.ok()) {
            synchronized (this) {
                page.body().get("relatedContent").forEach(item -> {
                    if (item.hasNonNull("sponsored")) {
                        impressionsServed.merge(item.get("id").asString(), 1, Integer::sum);
                    }
                });
            }
        }
    }

    private synchronized void readerError() {
        readerErrors.add(Instant.now());
    }

    private static String content(String headline, String teaser) {
        return """
                {"headline": "%s", "teaser": "%s", "bodyHtml": "<p>%s</p>", "authorIds": ["%s"],
                 "sectionSlug": "%s", "themeSlugs": ["%s"], "language": "da"}""".formatted(
                        headline, teaser, teaser, FaultPlatform.AUTHOR, FaultPlatform.SECTION, FaultPlatform.THEME);
    }

    /** Stops the load and waits for the operation under way to finish. */
    @Override
    public void close() throws InterruptedException {
        scheduler.shutdown();
        if (!scheduler.awaitTermination(1, TimeUnit.MINUTES)) {
            scheduler.shutdownNow();
        }
        stopped = Instant.now();
    }

    /** Every article this run created, by id, with its headline. */
    synchronized Map<String, String> articles() {
        return Map.copyOf(headlines);
    }

    /** Every booking this run made. */
    synchronized List<String> bookings() {
        return List.copyOf(bookings);
    }

    /** Clicks tried per booking: at most this many may be counted. */
    synchronized Map<String, Integer> clicksTried() {
        return Map.copyOf(clicksTried);
    }

    /** Clicks redirected per booking: at least this many must be counted. */
    synchronized Map<String, Integer> clicksAnswered() {
        return Map.copyOf(clicksAnswered);
    }

    /** Sponsored items shown per booking on the article pages read: each is one impression to count. */
    synchronized Map<String, Integer> impressionsServed() {
        return Map.copyOf(impressionsServed);
    }

    /** When the load started and stopped: the newsletter editions due in between are the scenario's. */
    Instant started() {
        return started;
    }

    Instant stopped() {
        return stopped;
    }

    NewsletterReaders newsletterReaders() {
        return newsletterReaders;
    }

    int acknowledged() {
        return acknowledged.get() + newsletterReaders.acknowledged();
    }

    int refused() {
        return refused.get();
    }

    int reads() {
        return reads.get();
    }

    synchronized List<Instant> readerErrors() {
        return List.copyOf(readerErrors);
    }
}
