package dk.pressline.notification.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.EventJson;
import dk.pressline.events.Topics;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.interaction.Channel;
import dk.pressline.events.interaction.PlacementImpressionRecorded;
import dk.pressline.notification.Articles;
import dk.pressline.notification.Mailbox;
import dk.pressline.notification.NotificationServiceTest;
import dk.pressline.notification.Placements;
import dk.pressline.notification.Readers;
import dk.pressline.notification.subscription.Preferences;
import dk.pressline.notification.subscription.Subscriptions;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.kafka.KafkaProbe;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;

/**
 * An edition holds the articles published since the previous one, the upcoming events and the sponsor slot in flight,
 * labelled "Sponseret" with its advertiser; each sponsor slot sent is an impression on the interactions topic, and a
 * click on it or on an event is counted by the click redirect every paid link goes through.
 */
@NotificationServiceTest
class NewsletterTests {

    @LocalServerPort
    int port;

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Autowired
    Editions editions;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NewsletterProperties settings;

    @Autowired
    MeterRegistry metrics;

    Mailbox mailbox = Mailbox.ofTestServer();

    @Test
    void anEditionHoldsTheArticlesSinceThePreviousOneTheUpcomingEventsAndTheSponsorSlot() {
        var due = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
        var previousDue = due.minus(Duration.ofHours(2));
        var dueDate = LocalDate.ofInstant(due, settings.zone());

        var sponsor = Placements.newsletterSponsor(
                "Nordlys Energi", "Grøn strøm til alle", due.minus(Duration.ofDays(1)), due.plus(Duration.ofDays(6)));
        var withdrawnSponsor = Placements.newsletterSponsor(
                "Trukket Tilbage", "Trukket kampagne", due.minus(Duration.ofHours(1)), due.plus(Duration.ofDays(1)));
        var event = Placements.eventListing(
                "Klimaforum",
                "Klimadebat i Aarhus",
                dueDate.plusDays(5),
                due.minus(Duration.ofDays(5)),
                due.plus(Duration.ofDays(20)));
        var pastEvent = Placements.eventListing(
                "Klimaforum",
                "Forbigangen debat",
                dueDate.minusDays(2),
                due.minus(Duration.ofDays(5)),
                due.plus(Duration.ofDays(20)));
        for (var placement :
                new dk.pressline.events.placement.PlacementSnapshot[] {sponsor, withdrawnSponsor, event, pastEvent}) {
            events.send(Placements.activated(placement));
        }
        events.send(Placements.withdrawn(withdrawnSponsor));

        var before = Articles.snapshot(UUID.randomUUID(), 1, "Fra forrige udgave", due.minus(Duration.ofHours(3)));
        var first =
                Articles.snapshot(UUID.randomUUID(), 1, "Skovrejsning i Jylland", due.minus(Duration.ofMinutes(90)));
        var second =
                Articles.snapshot(UUID.randomUUID(), 1, "Grøn omstilling i havnene", due.minus(Duration.ofMinutes(30)));
        var retracted = Articles.snapshot(UUID.randomUUID(), 1, "Trukket artikel", due.minus(Duration.ofHours(1)));
        var after = Articles.snapshot(UUID.randomUUID(), 1, "Efter udgaven", due.plus(Duration.ofHours(1)));
        for (var article :
                new dk.pressline.events.article.ArticleSnapshot[] {before, first, second, retracted, after}) {
            events.send(Articles.published(article));
        }
        events.send(new ArticleUnpublished(
                UUID.randomUUID(),
                Instant.now(),
                retracted.articleId(),
                Articles.snapshot(retracted.articleId(), 2, "Trukket artikel", retracted.firstPublishedAt()),
                "Forkert kilde"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count(
                                        "select count(*) from articles where article_id in "
                                                + "(?, ?, ?, ?, ?) and (published or revision = 2)",
                                        before.articleId(),
                                        first.articleId(),
                                        second.articleId(),
                                        retracted.articleId(),
                                        after.articleId())
                                == 5
                        && count(
                                        "select count(*) from placements where booking_id in (?, ?, ?, ?) and "
                                                + "(not withdrawn or revision = 3)",
                                        sponsor.bookingId(),
                                        withdrawnSponsor.bookingId(),
                                        event.bookingId(),
                                        pastEvent.bookingId())
                                == 4);

        var previousEditionId = editions.publishEditionDueAt(previousDue);
        var readers = new Readers(subscriptions);
        var withEvents = Readers.newAddress("events");
        var withoutEvents = Readers.newAddress("noevents");
        var alertsOnly = Readers.newAddress("alertsonly");
        readers.confirmed(withEvents, new Preferences("da", true, true, Set.of()));
        readers.confirmed(withoutEvents, new Preferences("da", true, false, Set.of()));
        var notSubscribed = readers.confirmed(alertsOnly, new Preferences("da", false, true, Set.of("klima")));

        var editionId = editions.publishEditionDueAt(due);

        var mail = mailbox.awaitOne(withEvents, "Presslines nyhedsbrev");
        var html = Mailbox.html(mail);
        assertThat(html)
                .contains(
                        "Skovrejsning i Jylland",
                        "Grøn omstilling i havnene",
                        "Sponseret",
                        "Nordlys Energi",
                        "Grøn strøm til alle",
                        "Klimadebat i Aarhus");
        assertThat(html)
                .doesNotContain(
                        "Fra forrige udgave",
                        "Trukket artikel",
                        "Efter udgaven",
                        "Trukket kampagne",
                        "Forbigangen debat");
        assertThat(Mailbox.text(mail)).contains("Sponseret · Nordlys Energi", "Skovrejsning i Jylland");
        assertThat(Mailbox.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        var withoutEventsMail = mailbox.awaitOne(withoutEvents, "Presslines nyhedsbrev");
        assertThat(Mailbox.html(withoutEventsMail))
                .contains("Skovrejsning i Jylland", "Nordlys Energi")
                .doesNotContain("Klimadebat i Aarhus");

        assertThat(editions.publishEditionDueAt(due))
                .as("an edition is assembled once per due time")
                .isEqualTo(editionId);
        assertThat(count(
                        "select count(*) from deliveries where subscriber_id = ? and kind = 'NEWSLETTER_EDITION'",
                        notSubscribed.id()))
                .isZero();

        try (var interactions = KafkaProbe.reading(topicNames.of(Topics.INTERACTIONS))) {
            Predicate<ConsumerRecord<String, byte[]>> ofTheSponsor =
                    record -> sponsor.bookingId().toString().equals(record.key());
            var impressions = interactions.awaitRecords(ofTheSponsor, 2, Duration.ofSeconds(60));
            // One impression per newsletter mail sent with the sponsor slot (in flight for both editions).
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                var sent = count(
                        "select count(*) from deliveries where kind = 'NEWSLETTER_EDITION' "
                                + "and reference in (?, ?) and state = 'SENT'",
                        editionId.toString(),
                        previousEditionId.toString());
                assertThat(interactions.awaitRecords(ofTheSponsor, sent, Duration.ofSeconds(5)))
                        .hasSize(sent);
            });
            var impression = EventJson.fromBytes(impressions.getFirst().value(), PlacementImpressionRecorded.class);
            assertThat(impression.channel()).isEqualTo(Channel.NEWSLETTER);
            assertThat(impression.placementRevision()).isEqualTo(sponsor.revision());
        }
    }

    @Test
    void showsHowFarTheLatestEditionHasGotInItsMetricsAndToEditors() {
        var due = Instant.now().plus(Duration.ofDays(4000)).truncatedTo(ChronoUnit.MINUTES);
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Sidste udgave", due.minus(Duration.ofMinutes(20)));
        events.send(Articles.published(article));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from articles where article_id = ?", article.articleId()) == 1);
        var reader = Readers.newAddress("progress");
        new Readers(subscriptions).confirmed(reader, new Preferences("da", true, false, Set.of()));

        var editionId = editions.publishEditionDueAt(due);

        mailbox.awaitOne(reader, "Presslines nyhedsbrev");
        var recipients =
                jdbc.queryForObject("select recipients from editions where edition_id = ?", Long.class, editionId);
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertThat(metrics.get("pressline.notifications.edition.recipients")
                            .gauge()
                            .value())
                    .isEqualTo(recipients.doubleValue());
            assertThat(metrics.get("pressline.notifications.edition.sent")
                            .gauge()
                            .value())
                    .isBetween(1.0, recipients.doubleValue());
        });
        var editors = ApiClient.atLocalPort(port).withToken(TestTokens.editor().encode());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var latest = editors.get("/api/newsletter/editions/latest").json();
            assertThat(latest.get("editionId").asString()).isEqualTo(editionId.toString());
            var progress = latest.get("progress");
            assertThat(progress.get("total").asLong()).isEqualTo(recipients);
            assertThat(progress.get("done").asLong()).as("every mail sent").isEqualTo(recipients);
            assertThat(progress.get("secondsLeft").asDouble()).isZero();
            assertThat(progress.get("ratePerSecond").asDouble()).isPositive();
            assertThat(progress.get("finishedAt").isNull()).isFalse();
        });
        ApiClient.atLocalPort(port)
                .withToken(TestTokens.advertiser("ad-x").encode())
                .get("/api/newsletter/editions/latest")
                .assertProblem(403);
    }

    @Test
    void everyLinkInAnEditionIsOnTheConfiguredSiteAndPaidOnesGoThroughTheClickRedirect() {
        var due = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.MINUTES);
        var dueDate = LocalDate.ofInstant(due, settings.zone());
        var sponsor = Placements.newsletterSponsor(
                "Grøn Havn", "Havnens kampagne", due.minus(Duration.ofDays(1)), due.plus(Duration.ofDays(1)));
        var event = Placements.eventListing(
                "Havneforum",
                "Havnedebat i Esbjerg",
                dueDate.plusDays(3),
                due.minus(Duration.ofDays(5)),
                due.plus(Duration.ofDays(10)));
        events.send(Placements.activated(sponsor));
        events.send(Placements.activated(event));
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Havnen bliver grøn", due.minus(Duration.ofMinutes(20)));
        events.send(Articles.published(article));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from articles where article_id = ?", article.articleId()) == 1
                        && count(
                                        "select count(*) from placements where booking_id in (?, ?)",
                                        sponsor.bookingId(),
                                        event.bookingId())
                                == 2);
        var reader = Readers.newAddress("links");
        new Readers(subscriptions).confirmed(reader, new Preferences("da", true, true, Set.of()));

        editions.publishEditionDueAt(due);

        var mail = mailbox.awaitOne(reader, "Presslines nyhedsbrev");
        var site = NotificationServiceTest.SITE_URL + "/";
        assertThat(Mailbox.links(mail))
                .allSatisfy(link -> assertThat(link).startsWith(site))
                .contains(
                        site + "artikel/" + article.slug(),
                        site + "r/" + sponsor.bookingId() + "?channel=NEWSLETTER",
                        site + "r/" + event.bookingId() + "?channel=NEWSLETTER");
        assertThat(Mailbox.html(mail) + Mailbox.text(mail))
                .as("no link straight to the advertiser: clicks are counted")
                .doesNotContain(sponsor.creative().linkUrl(), event.creative().linkUrl());
    }

    @Test
    void anEditionWhoseQueueingWasCutShortIsFinishedWithoutMailingAnyoneTwice() {
        var due = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Genoptaget udgave", due.minus(Duration.ofMinutes(10)));
        events.send(Articles.published(article));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from articles where article_id = ?", article.articleId()) == 1);
        var readers = new Readers(subscriptions);
        var reached = Readers.newAddress("reached");
        readers.confirmed(reached, new Preferences("da", true, false, Set.of()));
        var editionId = editions.publishEditionDueAt(due);
        mailbox.awaitOne(reached, "Presslines nyhedsbrev");

        // As if the instance had stopped before the fan-out reached a later subscriber.
        var missed = Readers.newAddress("missed");
        readers.confirmed(missed, new Preferences("da", true, false, Set.of()));
        jdbc.update(
                "update editions set state = 'QUEUEING', assembled_at = assembled_at - interval '1 hour' "
                        + "where edition_id = ?",
                editionId);

        assertThat(editions.resumeStalled(Duration.ofMinutes(10))).isEqualTo(1);

        assertThat(Mailbox.html(mailbox.awaitOne(missed, "Presslines nyhedsbrev")))
                .contains("Genoptaget udgave");
        assertThat(jdbc.queryForObject("select state from editions where edition_id = ?", String.class, editionId))
                .isEqualTo("QUEUED");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from deliveries " + "where reference = ? and state = 'SENT'",
                                editionId.toString())
                        >= 2);
        assertThat(mailbox.to(reached).stream()
                        .filter(mail -> Mailbox.html(mail).contains("Genoptaget udgave")))
                .hasSize(1);
    }

    @Test
    void editorsPreviewTheNextEditionAndSendThemselvesATest() {
        var api = ApiClient.atLocalPort(port);
        var sponsor = Placements.newsletterSponsor(
                "Preview Sponsor",
                "Forhåndsvist kampagne",
                Instant.now().minus(Duration.ofMinutes(1)),
                Instant.now().plus(Duration.ofDays(1)));
        events.send(Placements.activated(sponsor));
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Forhåndsvist artikel", Instant.now());
        events.send(Articles.published(article));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from articles where article_id = ?", article.articleId()) == 1
                        && count("select count(*) from placements where booking_id = ?", sponsor.bookingId()) == 1);

        var preview = api.withToken(TestTokens.editor().encode()).get("/api/newsletter/preview");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("Forhåndsvist artikel", "Sponseret", "Preview Sponsor");
        api.get("/api/newsletter/preview").assertProblem(401);
        api.withToken(TestTokens.advertiser("ad-x").encode())
                .get("/api/newsletter/preview")
                .assertProblem(403);

        var editor = Readers.newAddress("editor");
        var sent = api.withToken(TestTokens.editor().encode())
                .post("/api/newsletter/test-send", "{\"to\":\"" + editor + "\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        var test = mailbox.awaitOne(editor, "[TEST] Presslines nyhedsbrev");
        assertThat(Mailbox.html(test)).contains("Forhåndsvist artikel", "Preview Sponsor");
        api.withToken(TestTokens.editor().encode())
                .sendingUndocumentedRequests()
                .post("/api/newsletter/test-send", "{\"to\":\"nobody\"}")
                .assertProblem(400);
    }

    @Test
    void theDefaultScheduleIsTuesdayAndFridayAtSevenInCopenhagen() {
        var zone = settings.zone();
        var schedule = CronExpression.parse(settings.schedule());
        // From a Monday noon in March, across the switch to summer time on the last Sunday of March.
        var next = LocalDateTime.of(2026, 3, 23, 12, 0).atZone(zone);
        for (var expected : new DayOfWeek[] {DayOfWeek.TUESDAY, DayOfWeek.FRIDAY, DayOfWeek.TUESDAY}) {
            next = schedule.next(next);
            assertThat(next.getDayOfWeek()).isEqualTo(expected);
            assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        }
        assertThat(zone.getId()).isEqualTo("Europe/Copenhagen");
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }
}
