package dk.pressline.notification.content;

import static dk.pressline.notification.Placements.activated;
import static dk.pressline.notification.Placements.newsletterSponsor;
import static dk.pressline.notification.Placements.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.Topics;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.notification.Articles;
import dk.pressline.notification.ConsumerGroups;
import dk.pressline.notification.ServiceInstance;
import dk.pressline.notification.ServiceInstance.Deployment;
import dk.pressline.notification.newsletter.EditionContents;
import dk.pressline.notification.newsletter.Editions;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read model's tables are away (renamed, as a botched migration or a revoked grant would leave them) while an
 * article is retracted and a sponsor withdrawn: the events are held back, not skipped, and applied once the tables are
 * back, so the newsletter never shows what was taken down.
 */
class ReadModelOutageTests {

    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Test
    void aRetractionAndAWithdrawalThatArriveWhileTheDatabaseRefusesAreAppliedOnceItIsBack() throws Exception {
        var mail = TestServers.mail();
        var deployment = Deployment.fresh(mail.host(), mail.smtpPort(), Map.of());
        var articles = deployment.topicPrefix() + Topics.ARTICLES.name();
        var placements = deployment.topicPrefix() + Topics.PLACEMENTS.name();

        try (var instance = ServiceInstance.start(deployment);
                var groups = ConsumerGroups.open()) {
            var events = instance.bean(KafkaEventSender.class);
            var editions = instance.bean(Editions.class);
            var jdbc = instance.bean(JdbcTemplate.class);
            var now = Instant.now();
            var article = Articles.snapshot(
                    UUID.randomUUID(), 1, "Minister går af " + deployment.id(), now.minus(Duration.ofHours(1)));
            var sponsor = newsletterSponsor(
                    "Fjernvarme Fyn", "Varme til alle", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(6)));
            events.send(Articles.published(article));
            events.send(activated(sponsor));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> holds(editions.preview(), article.articleId())
                            && sponsor.bookingId().equals(sponsorOf(editions.preview())));

            jdbc.execute("alter table articles rename to articles_away");
            jdbc.execute("alter table placements rename to placements_away");
            try {
                events.send(new ArticleUnpublished(
                        UUID.randomUUID(),
                        Instant.now(),
                        article.articleId(),
                        Articles.snapshot(article.articleId(), 2, article.headline(), article.firstPublishedAt()),
                        "Forkert kilde"));
                events.send(withdrawn(sponsor));

                await().during(OUTAGE)
                        .atMost(OUTAGE.plusSeconds(10))
                        .until(() -> groups.lag(deployment.group(), articles) == 1
                                && groups.lag(deployment.group(), placements) == 1);
            } finally {
                jdbc.execute("alter table articles_away rename to articles");
                jdbc.execute("alter table placements_away rename to placements");
            }

            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            !holds(editions.preview(), article.articleId()) && sponsorOf(editions.preview()) == null);
            assertThat(jdbc.queryForMap(
                            "select revision, published from articles where article_id = ?", article.articleId()))
                    .containsEntry("revision", 2L)
                    .containsEntry("published", false);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> groups.lag(deployment.group(), articles) == 0
                            && groups.lag(deployment.group(), placements) == 0);
        }
    }

    private static boolean holds(EditionContents edition, UUID articleId) {
        return edition.articles().stream().anyMatch(item -> item.articleId().equals(articleId));
    }

    private static UUID sponsorOf(EditionContents edition) {
        return edition.sponsor() == null ? null : edition.sponsor().bookingId();
    }
}
