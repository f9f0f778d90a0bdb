package dk.pressline.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.notification.Articles;
import dk.pressline.notification.Mailbox;
import dk.pressline.notification.NotificationServiceTest;
import dk.pressline.notification.Readers;
import dk.pressline.notification.delivery.Mailer;
import dk.pressline.notification.subscription.Preferences;
import dk.pressline.notification.subscription.SubscriberStatus;
import dk.pressline.notification.subscription.Subscriptions;
import dk.pressline.platform.kafka.KafkaEventSender;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An article published on the articles topic alerts exactly the confirmed subscribers of its themes, once; the alert
 * carries the RFC 8058 one-click unsubscribe, and the POST it names unsubscribes.
 */
@NotificationServiceTest
class ThemeAlertTests {

    private static final Pattern HTTPS_UNSUBSCRIBE =
            Pattern.compile("<(http[^>]+/api/subscriptions/unsubscribe[^>]+)>");

    @LocalServerPort
    int port;

    @Autowired
    KafkaEventSender events;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry metrics;

    Readers readers;
    Mailbox mailbox = Mailbox.ofTestServer();

    @BeforeEach
    void readers() {
        readers = new Readers(subscriptions);
    }

    @Test
    void anAlertReachesExactlyTheConfirmedSubscribersOfTheArticlesThemesOnce() throws Exception {
        var theme = "klima-" + UUID.randomUUID().toString().substring(0, 6);
        var otherTheme = "energi-" + UUID.randomUUID().toString().substring(0, 6);
        var follower = Readers.newAddress("follower");
        var followerOfBoth = Readers.newAddress("both");
        var followerOfOther = Readers.newAddress("other");
        var unconfirmed = Readers.newAddress("unconfirmed");
        var unsubscribed = Readers.newAddress("unsubscribed");
        var followerId = readers.followingThemes(follower, theme).id();
        readers.followingThemes(followerOfBoth, theme, otherTheme);
        readers.followingThemes(followerOfOther, otherTheme);
        readers.unconfirmed(unconfirmed, new Preferences("da", false, false, Set.of(theme)));
        subscriptions.unsubscribe(readers.followingThemes(unsubscribed, theme).id());

        var article = Articles.snapshot(UUID.randomUUID(), 1, "Havvind slår rekord", Instant.now(), theme, otherTheme);
        events.send(Articles.published(article));

        var alert = mailbox.awaitOne(follower, "Havvind slår rekord");
        mailbox.awaitOne(followerOfBoth, "Havvind slår rekord");
        mailbox.awaitOne(followerOfOther, "Havvind slår rekord");
        assertThat(Mailbox.text(alert))
                .contains(
                        "Manchet til Havvind slår rekord",
                        NotificationServiceTest.SITE_URL + "/artikel/" + article.slug());
        assertThat(Mailbox.html(alert)).contains("Afmeld med ét klik", "Pressline ApS");
        assertThat(alert.getHeader(Mailer.DELIVERY_ID, null))
                .as("the alert names its delivery")
                .isEqualTo(jdbc.queryForObject(
                                "select delivery_id from deliveries where subscriber_id = ? and reference = ?",
                                UUID.class,
                                followerId,
                                article.articleId().toString())
                        .toString());

        // A replay, an update and a correction of the same article: none alerts again.
        events.send(Articles.published(article));
        events.send(Articles.updated(
                Articles.snapshot(article.articleId(), 2, "Havvind slår rekord igen", Instant.now(), theme)));
        events.send(Articles.corrected(
                Articles.snapshot(article.articleId(), 3, "Havvind slår rekord igen", Instant.now(), theme)));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                "select revision from articles where article_id = ?", Long.class, article.articleId())
                        == 3);
        // Mails to one subscriber are queued in order: once a later alert has arrived, a repeated one would have too.
        var later = Articles.snapshot(UUID.randomUUID(), 1, "Solceller på alle tage", Instant.now(), theme, otherTheme);
        events.send(Articles.published(later));
        for (var reader : new String[] {follower, followerOfBoth, followerOfOther}) {
            mailbox.awaitOne(reader, "Solceller på alle tage");
            assertThat(mailbox.to(reader, "Havvind")).as(reader).hasSize(1);
        }
        assertThat(mailbox.to(unconfirmed, "Nyt fra Pressline")).isEmpty();
        assertThat(mailbox.to(unsubscribed, "Nyt fra Pressline")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select recipients from theme_alerts where article_id = ?", Integer.class, article.articleId()))
                .isEqualTo(3);
    }

    @Test
    void measuresTheDelayFromPublishingAnArticleToSendingItsAlert() {
        var theme = "sol-" + UUID.randomUUID().toString().substring(0, 6);
        var follower = Readers.newAddress("delay");
        readers.followingThemes(follower, theme);
        var alertsBefore = metrics.get(AlertMails.PUBLISH_TO_ALERT_SENT).timer().count();

        var article = Articles.snapshot(UUID.randomUUID(), 1, "Solpaneler på skolen", Instant.now(), theme);
        events.send(Articles.published(article));

        mailbox.awaitOne(follower, "Solpaneler på skolen");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(metrics.get(AlertMails.PUBLISH_TO_ALERT_SENT)
                                .timer()
                                .count())
                        .isGreaterThan(alertsBefore));
        assertThat(metrics.get(AlertMails.PUBLISH_TO_ALERT_SENT).timer().max(TimeUnit.SECONDS))
                .isPositive()
                .isLessThan(60);
    }

    @Test
    void anAlertsArticleLinkAndUnsubscribeLinksAreAllOnTheConfiguredSite() {
        var theme = "skov-" + UUID.randomUUID().toString().substring(0, 6);
        var reader = Readers.newAddress("links");
        readers.followingThemes(reader, theme);
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Skoven vokser", Instant.now(), theme);
        events.send(Articles.published(article));

        var alert = mailbox.awaitOne(reader, "Skoven vokser");

        var site = NotificationServiceTest.SITE_URL + "/";
        assertThat(Mailbox.text(alert))
                .as("the article's address on the site, not the event's canonical URL")
                .contains("Læs artiklen: " + site + "artikel/" + article.slug())
                .doesNotContain(article.canonicalUrl());
        assertThat(Mailbox.links(alert))
                .allSatisfy(link -> assertThat(link).startsWith(site))
                .contains(site + "artikel/" + article.slug())
                .anySatisfy(link -> assertThat(link).startsWith(site + "api/subscriptions/unsubscribe?token="))
                .anySatisfy(link -> assertThat(link).startsWith(site + "api/subscriptions/preferences?token="));
        var listUnsubscribe = HTTPS_UNSUBSCRIBE.matcher(Mailbox.header(alert, "List-Unsubscribe"));
        assertThat(listUnsubscribe.find()).isTrue();
        assertThat(listUnsubscribe.group(1)).startsWith(site + "api/subscriptions/unsubscribe?token=");
    }

    @Test
    void theOneClickUnsubscribeInAnAlertsHeadersStopsFurtherAlerts() throws Exception {
        var theme = "natur-" + UUID.randomUUID().toString().substring(0, 6);
        var reader = Readers.newAddress("oneclick");
        var subscriber = readers.followingThemes(reader, theme);
        events.send(
                Articles.published(Articles.snapshot(UUID.randomUUID(), 1, "Ulven er tilbage", Instant.now(), theme)));
        var alert = mailbox.awaitOne(reader, "Ulven er tilbage");

        assertThat(Mailbox.header(alert, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        var listUnsubscribe = Mailbox.header(alert, "List-Unsubscribe");
        assertThat(listUnsubscribe).contains("<mailto:afmeld@pressline.dk?subject=unsubscribe");
        var matcher = HTTPS_UNSUBSCRIBE.matcher(listUnsubscribe);
        assertThat(matcher.find()).as(listUnsubscribe).isTrue();

        // What a mail client does for RFC 8058: a POST of the form body, no cookies, no token but the link's own
        // (sent here to this test's port rather than the configured public address).
        var link = URI.create(matcher.group(1));
        var local = URI.create("http://localhost:" + port + link.getRawPath() + "?" + link.getRawQuery());
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(local)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(subscriptions.get(subscriber.id()).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(subscriptions.consents(reader).getLast().withdrawnAt()).isNotNull();

        var sentinel = Readers.newAddress("sentinel");
        readers.followingThemes(sentinel, theme);
        events.send(Articles.published(
                Articles.snapshot(UUID.randomUUID(), 1, "Odderen breder sig", Instant.now(), theme)));
        mailbox.awaitOne(sentinel, "Odderen breder sig");
        assertThat(mailbox.to(reader, "Odderen")).isEmpty();
    }

    @Test
    void anArticleFirstPublishedLongAgoIsNotAlertedWhenTheTopicIsReplayed() throws IOException {
        var theme = "hav-" + UUID.randomUUID().toString().substring(0, 6);
        var reader = Readers.newAddress("replay");
        readers.followingThemes(reader, theme);
        var old = Articles.snapshot(
                UUID.randomUUID(), 5, "Gammel nyhed", Instant.now().minus(Duration.ofDays(30)), theme);
        events.send(Articles.published(old));
        var fresh = Articles.snapshot(UUID.randomUUID(), 1, "Frisk nyhed", Instant.now(), theme);
        events.send(Articles.published(fresh));

        mailbox.awaitOne(reader, "Frisk nyhed");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from articles where article_id = ?", Integer.class, old.articleId())
                        == 1);
        assertThat(mailbox.to(reader, "Gammel nyhed")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from theme_alerts where article_id = ?", Integer.class, old.articleId()))
                .isZero();
    }
}
