package dk.pressline.deploy.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the platform's end state with what the services of record hold for everything a scenario's workload made.
 * Articles (article-service): each published one in the search index at its last revision and nothing else findable;
 * notification-service's copy at the same revision and state; each reader of the theme alerted exactly once per
 * published article, and at most once for one retracted since. Bookings (sponsor-service): each live one in the index
 * at its last revision and no other findable; notification-service's copy of the event listings (it keeps no other
 * product) at the same revision and state; none activated twice; each click and each impression counted once in the
 * advertiser's report. Newsletter: each sign-up confirmed by one mail, each confirmation and unsubscribe kept, each
 * edition due during the load sent to the suite's newsletter readers; every mail logged as sent arrived exactly once.
 */
final class FaultAudit {

    /** What one scenario kept, for the report; durations are null when the audit's wait ran out first. */
    record Outcome(
            String scenario,
            int acknowledged,
            int lost,
            int duplicated,
            int readerErrors,
            int reads,
            Duration readsOkAfter,
            Duration convergedAfter,
            List<String> findings) {}

    /** One look at the end state: what is missing or stale, and what arrived more than once. */
    private record Findings(List<String> lost, List<String> duplicated) {

        boolean clean() {
            return lost.isEmpty() && duplicated.isEmpty();
        }
    }

    private static final String ACTIVATED = "dk.pressline.placement.activated.v1";
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
        var readsOkAfter = lastError == null || lastError.isBefore(faultEnded)
                ? Duration.ZERO
                : Duration.between(faultEnded, lastError);
        var all = new ArrayList<>(findings.lost());
        all.addAll(findings.duplicated());
        return new Outcome(
                scenario,
                workload.acknowledged(),
                findings.lost().size(),
                findings.duplicated().size(),
                errors.size(),
                workload.reads(),
                readsOkAfter,
                findings.clean() ? convergedAfter : null,
                all);
    }

    private Findings look(MixedWorkload workload) throws IOException, InterruptedException, SQLException {
        var lost = new ArrayList<String>();
        var duplicated = new ArrayList<String>();
        // A mail is marked sent after the server took it: read the marks first, and each marked mail is in the server.
        var sent = sentDeliveries();
        var mail = running.mail().all(running.platform().mail().greenMail());
        lookAtArticles(workload.articles(), mail, lost, duplicated);
        lookAtBookings(workload, lost, duplicated);
        lookAtActivations(workload.bookings(), duplicated);
        lookAtNewsletterReaders(workload.newsletterReaders(), mail, lost, duplicated);
        lookAtDeliveries(workload, sent, mail, lost, duplicated);
        return new Findings(lost, duplicated);
    }

    /**
     * Each acknowledged sign-up got exactly one confirmation mail; each reader whose confirmation was acknowledged is
     * subscribed, unless an unsubscribe was acknowledged since, after which the reader is not.
     */
    private void lookAtNewsletterReaders(
            NewsletterReaders readers, List<MailLedger.ReceivedMail> mail, List<String> lost, List<String> duplicated)
            throws SQLException {
        for (var address : readers.signedUp()) {
            var confirmations = mail.stream()
                    .filter(received ->
                            received.to().contains(address) && received.text().contains("bekraeft?token="))
                    .count();
            if (confirmations == 0) {
                lost.add("no confirmation mail to " + address);
            } else if (confirmations > 1) {
                duplicated.add(confirmations + " confirmation mails to " + address);
            }
        }
        var expected = new HashMap<String, String>();
        readers.subscribed().forEach(address -> expected.put(address, "ACTIVE"));
        readers.unsubscribed().forEach(address -> expected.put(address, "UNSUBSCRIBED"));
        try (var connection = notificationDatabase();
                var query = connection.prepareStatement("select email, status from subscribers where email = any(?)")) {
            query.setArray(1, connection.createArrayOf("text", expected.keySet().toArray()));
            var actual = new HashMap<String, String>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    actual.put(rows.getString(1), rows.getString(2));
                }
            }
            expected.forEach((address, status) -> {
                if (!status.equals(actual.get(address))) {
                    lost.add(address + " should be " + status + ", notification-service has " + actual.get(address));
                }
            });
        }
    }

    /**
     * Each mail the delivery log holds as sent arrived, and no delivery's mail arrived twice (mails name their delivery
     * in a header); each newsletter edition due while the load ran reached every one of the suite's newsletter readers.
     */
    private void lookAtDeliveries(
            MixedWorkload workload,
            Map<String, String> sent,
            List<MailLedger.ReceivedMail> mail,
            List<String> lost,
            List<String> duplicated)
            throws SQLException {
        var arrivals = mail.stream()
                .map(MailLedger.ReceivedMail::deliveryId)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        arrivals.forEach((id, times) -> {
            if (times > 1) {
                duplicated.add("the mail of delivery " + id + " arrived " + times + " times");
            }
        });
        sent.forEach((id, delivery) -> {
            if (!arrivals.containsKey(id)) {
                lost.add("delivery " + id + " (" + delivery + ") is logged as sent but never arrived");
            }
        });
        try (var connection = notificationDatabase();
                var missing = connection.prepareStatement("""
                        select e.edition_id, e.due_at, s.email from editions e cross join subscribers s
                        where e.due_at between ? and ? and e.recipients > 0 and s.email = any(?)
                          and not exists (select 1 from deliveries d where d.subscriber_id = s.subscriber_id
                              and d.kind = 'NEWSLETTER_EDITION' and d.reference = e.edition_id::text
                              and d.state = 'SENT')""")) {
            missing.setTimestamp(1, Timestamp.from(workload.started()));
            missing.setTimestamp(2, Timestamp.from(workload.stopped()));
            missing.setArray(3, connection.createArrayOf("text", FaultPlatform.NEWSLETTER_READERS.toArray()));
            try (var rows = missing.executeQuery()) {
                while (rows.next()) {
                    lost.add("edition " + rows.getString(1) + " due "
                            + rows.getTimestamp(2).toInstant() + " not sent to " + rows.getString(3));
                }
            }
        }
    }

    /** Every mail the delivery log holds as sent: its kind and reference, by delivery id. */
    private Map<String, String> sentDeliveries() throws SQLException {
        var sent = new HashMap<String, String>();
        try (var connection = notificationDatabase();
                var query = connection.prepareStatement(
                        "select delivery_id, kind, reference from deliveries where state = 'SENT'");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                sent.put(rows.getString(1), rows.getString(2) + " " + rows.getString(3));
            }
        }
        return sent;
    }

    /** No booking activated twice: one activation event per booking on the placements topic, redeliveries aside. */
    private void lookAtActivations(List<String> bookings, List<String> duplicated) {
        var settings = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                running.platform().kafkaCluster().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        var activations = new HashMap<String, Set<String>>();
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor("placements").stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (var record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.key() != null && ACTIVATED.equals(header(record, "ce_type"))) {
                        activations
                                .computeIfAbsent(record.key(), key -> new HashSet<>())
                                .add(header(record, "ce_id"));
                    }
                }
            }
        }
        for (var booking : bookings) {
            var events = activations.getOrDefault(booking, Set.of());
            if (events.size() > 1) {
                duplicated.add("booking " + booking + " activated " + events.size() + " times: " + events);
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * Every booking in the index at its last revision while live and not findable otherwise, notification-service's
     * copy at the same revision and state, and the advertiser's report counting each click once: at least the clicks
     * that were redirected, at most the clicks tried.
     */
    private void lookAtBookings(MixedWorkload workload, List<String> lost, List<String> duplicated)
            throws IOException, InterruptedException, SQLException {
        var report = running.api()
                .require(running.salesToken(), "GET", "/api/advertisers/" + FaultPlatform.ADVERTISER + "/report", null);
        var counted = new HashMap<String, Long>();
        var impressions = new HashMap<String, Long>();
        report.get("bookings").forEach(booking -> {
            counted.put(
                    booking.get("bookingId").asString(),
                    booking.get("totals").get("clicks").asLong());
            impressions.put(
                    booking.get("bookingId").asString(),
                    booking.get("totals").get("impressions").asLong());
        });
        var served = workload.impressionsServed();
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
            var keptForTheNewsletter =
                    "EVENT_LISTING".equals(truth.get("product").asString())
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
                duplicated.add(
                        "booking " + id + ": " + tried.getOrDefault(id, 0) + " clicks tried, " + clicks + " counted");
            }
            long shown = served.getOrDefault(id, 0);
            long impressionsCounted = impressions.getOrDefault(id, 0L);
            if (impressionsCounted != shown) {
                (impressionsCounted < shown ? lost : duplicated)
                        .add("booking " + id + ": shown on " + shown + " article pages, " + impressionsCounted
                                + " impressions counted");
            }
        }
    }

    private void lookAtArticles(
            Map<String, String> articles,
            List<MailLedger.ReceivedMail> mail,
            List<String> lost,
            List<String> duplicated)
            throws IOException, InterruptedException, SQLException {
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
                    var alerts = mail.stream()
                            .filter(received -> received.to().contains(reader)
                                    && received.text().contains(article.getValue()))
                            .count();
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

    private Connection notificationDatabase() throws SQLException {
        var postgres = running.platform().postgres();
        return DriverManager.getConnection(
                postgres.jdbcUrl("notification_service"), postgres.username(), postgres.password());
    }

    /** The revision of the article's or booking's document in the search index, if it has one. */
    private OptionalLong indexedRevision(String id) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(
                                URI.create(running.platform().elasticsearch().httpUrl() + "/content/_doc/" + id))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return OptionalLong.empty();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Elasticsearch answered " + response.statusCode() + ": " + response.body());
        }
        return OptionalLong.of(json.readTree(response.body()).get("_version").asLong());
    }

    /** {@code published@revision} as notification-service holds the article, or "nothing". */
    private String notificationCopy(String id) throws SQLException {
        return copyIn("select published, revision from articles where article_id = ?::uuid", id);
    }

    /** {@code flag@revision} from notification-service's row for the id, or "nothing". */
    private String copyIn(String select, String id) throws SQLException {
        try (var connection = notificationDatabase();
                var query = connection.prepareStatement(select)) {
            query.setString(1, id);
            try (var row = query.executeQuery()) {
                return row.next() ? row.getBoolean(1) + "@" + row.getLong(2) : "nothing";
            }
        }
    }
}
