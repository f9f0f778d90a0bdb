package dk.pressline.deploy.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the platform's end state with what the services of record hold for everything a scenario's workload made.
 * Articles (article-service): each published one in the search index at its last revision and nothing else findable;
 * notification-service's copy at the same revision and state; each reader of the theme alerted exactly once per
 * published article, and at most once for one retracted since. Bookings (sponsor-service): each live one in the index
 * at its last revision and no other findable; notification-service's copy of the event listings (it keeps no other
 * product) at the same revision and state; each click counted once in the advertiser's report.
 */
final class FaultAudit {

    /** What one scenario kept, for the report; durations are null when the audit's wait ran out first. */
    record Outcome(String scenario, int acknowledged, int lost, int duplicated, int readerErrors, int searches,
            Duration searchesOkAfter, Duration convergedAfter, List<String> findings) {
    }

    /** One look at the end state: what is missing or stale, and what arrived more than once. */
    private record Findings(List<String> lost, List<String> duplicated) {

        boolean clean() {
            return lost.isEmpty() && duplicated.isEmpty();
        }
    }

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();

    private final FaultPlatform.Running running;

    FaultAudit(FaultPlatform.Running running) {
        this.running = running;
    }

    /**
     * Looks again and again until the end state is right or {@code wait} has passed since the fault ended, then waits
     * a little longer to see whether anything arrives twice.
     */
    Outcome awaitConverged(String scenario, MixedWorkload workload, Instant faultEnded, Duration wait)
            throws Exception {
        Findings findings;
        Duration convergedAfter = null;
        do {
            findings = look(workload);
            if (findings.lost().isEmpty()) {
                convergedAfter = Duration.between(faultEnded, Instant.now());
                break;
            }
            Thread.sleep(2000);
        } while (Instant.now().isBefore(faultEnded.plus(wait)));
        Thread.sleep(5000);
        findings = look(workload);
        var errors = workload.readerErrors();
        var lastError = errors.isEmpty() ? null : errors.getLast();
        var searchesOkAfter = lastError == null || lastError.isBefore(faultEnded) ? Duration.ZERO
                : Duration.between(faultEnded, lastError);
        var all = new ArrayList<>(findings.lost());
        all.addAll(findings.duplicated());
        return new Outcome(scenario, workload.acknowledged(), findings.lost().size(), findings.duplicated().size(),
                errors.size(), workload.searches(), searchesOkAfter, findings.clean() ? convergedAfter : null, all);
    }

    private Findings look(MixedWorkload workload) throws IOException, InterruptedException, SQLException {
        var lost = new ArrayList<String>();
        var duplicated = new ArrayList<String>();
        lookAtArticles(workload.articles(), lost, duplicated);
        lookAtBookings(workload, lost, duplicated);
        return new Findings(lost, duplicated);
    }

    /**
     * Every booking in the index at its last revision while live and not findable otherwise, notification-service's
     * copy at the same revision and state, and the advertiser's report counting each click once: at least the clicks
     * that were redirected, at most the clicks tried.
     */
    private void lookAtBookings(MixedWorkload workload, List<String> lost, List<String> duplicated)
            throws IOException, InterruptedException, SQLException {
        var report = running.api().require(running.salesToken(), "GET",
                "/api/advertisers/" + FaultPlatform.ADVERTISER + "/report", null);
        var counted = new HashMap<String, Long>();
        report.get("bookings").forEach(booking -> counted.put(booking.get("bookingId").asString(),
                booking.get("totals").get("clicks").asLong()));
        var tried = workload.clicksTried();
        var answered = workload.clicksAnswered();
        for (var id : workload.bookings()) {
            var truth = running.api().require(running.salesToken(), "GET", "/api/bookings/" + id, null);
            var status = truth.get("status").asString();
            var revision = truth.get("revision").asLong();
            var indexed = indexedRevision(id);
            if ("ACTIVE".equals(status) && (indexed.isEmpty() || indexed.getAsLong() != revision)) {
                lost.add("booking " + id + " is live at revision " + revision + ", the index has "
                        + (indexed.isEmpty() ? "nothing" : "revision " + indexed.getAsLong()));
            }
            if (!"ACTIVE".equals(status) && indexed.isPresent()) {
                lost.add("booking " + id + " is " + status + " but findable");
            }
            var keptForTheNewsletter = "EVENT_LISTING".equals(truth.get("product").asString())
                    && ("ACTIVE".equals(status) || "WITHDRAWN".equals(status));
            var expectedCopy = keptForTheNewsletter ? "WITHDRAWN".equals(status) + "@" + revision : "nothing";
            var copy = copyIn("select withdrawn, revision from placements where booking_id = ?::uuid", id);
            if (!copy.equals(expectedCopy)) {
                lost.add("booking " + id + " is " + status + " at revision " + revision
                        + ", notification-service holds (withdrawn@revision) " + copy);
            }
            long clicks = counted.getOrDefault(id, 0L);
            if (clicks < answered.getOrDefault(id, 0)) {
                lost.add("booking " + id + ": " + answered.get(id) + " clicks redirected, " + clicks + " counted");
            }
            if (clicks > tried.getOrDefault(id, 0)) {
                duplicated.add("booking " + id + ": " + tried.getOrDefault(id, 0) + " clicks tried, " + clicks
                        + " counted");
            }
        }
    }

    private void lookAtArticles(Map<String, String> articles, List<String> lost, List<String> duplicated)
            throws IOException, InterruptedException, SQLException {
        var mail = running.mail().all(running.platform().mail().greenMail());
        for (var article : articles.entrySet()) {
            var id = article.getKey();
            var truth = running.api().require(running.editorToken(), "GET", "/api/articles/" + id, null);
            var revision = truth.get("revision").asLong();
            var published = "PUBLISHED".equals(truth.get("status").asString());
            var everPublished = truth.hasNonNull("firstPublishedAt");

            var indexed = indexedRevision(id);
            if (published && (indexed.isEmpty() || indexed.getAsLong() != revision)) {
                lost.add("article " + id + " is published at revision " + revision + ", the index has "
                        + (indexed.isEmpty() ? "nothing" : "revision " + indexed.getAsLong()));
            }
            if (!published && indexed.isPresent()) {
                lost.add("article " + id + " is " + truth.get("status").asString() + " but findable");
            }
            if (everPublished) {
                var copy = notificationCopy(id);
                if (!copy.equals(published + "@" + revision)) {
                    lost.add("article " + id + " is " + (published ? "published" : "unpublished") + " at revision "
                            + revision + ", notification-service holds " + copy);
                }
                for (var reader : FaultPlatform.READERS) {
                    var alerts = mail.stream().filter(received -> received.to().contains(reader)
                            && received.text().contains(article.getValue())).count();
                    // An article retracted before its alert went out is not alerted any more: at most once.
                    if (alerts == 0 && published) {
                        lost.add("no alert to " + reader + " for article " + id);
                    } else if (alerts > 1) {
                        duplicated.add(alerts + " alerts to " + reader + " for article " + id);
                    }
                }
            }
        }
    }

    /** The revision of the article's or booking's document in the search index, if it has one. */
    private OptionalLong indexedRevision(String id) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(running.platform().elasticsearch().httpUrl()
                + "/content/_doc/" + id)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return OptionalLong.empty();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Elasticsearch answered " + response.statusCode() + ": "
                    + response.body());
        }
        return OptionalLong.of(json.readTree(response.body()).get("_version").asLong());
    }

    /** {@code published@revision} as notification-service holds the article, or "nothing". */
    private String notificationCopy(String id) throws SQLException {
        return copyIn("select published, revision from articles where article_id = ?::uuid", id);
    }

    /** {@code flag@revision} from notification-service's row for the id, or "nothing". */
    private String copyIn(String select, String id) throws SQLException {
        var postgres = running.platform().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("notification_service"),
                postgres.username(), postgres.password());
                var query = connection.prepareStatement(select)) {
            query.setString(1, id);
            try (var row = query.executeQuery()) {
                return row.next() ? row.getBoolean(1) + "@" + row.getLong(2) : "nothing";
            }
        }
    }
}
