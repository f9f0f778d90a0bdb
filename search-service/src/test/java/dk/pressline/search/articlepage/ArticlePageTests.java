package dk.pressline.search.articlepage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.interaction.Channel;
import dk.pressline.events.interaction.PlacementImpressionRecorded;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.search.Content;
import dk.pressline.search.ReaderApiTestBase;
import dk.pressline.testsupport.kafka.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An article page by slug, with "Læs også" and a "Relateret indhold" feed mixing in labelled sponsored items. */
class ArticlePageTests extends ReaderApiTestBase {

    @Autowired
    TopicNames topicNames;

    final Content.ArticleBuilder pick = Content.article("Grøn omstilling i landbruget").themes("landbrug");
    final Content.ArticleBuilder article = Content.article("Havvind skal levere strøm til tre millioner husstande")
            .teaser("Nye havvindmøller i Nordsøen.").body("<p>Havvind og vindmøller giver grøn strøm.</p>")
            .themes("klima", "energi").previousSlugs("havvind-til-to-millioner").readAlso(pick.snapshot());
    final List<Content.ArticleBuilder> related = IntStream.range(0, 9)
            .mapToObj(i -> Content.article("Havvind og vindmøller, del " + (i + 1)).themes("energi")).toList();
    final List<Content.PlacementBuilder> activeOnTheme = IntStream.range(0, 4)
            .mapToObj(i -> Content.placement(Product.RELATED_FEED_ITEM, "Grøn strøm til erhverv " + i)
                    .advertiser("ad-" + i, "Annoncør " + i).themes("energi"))
            .toList();
    final Content.PlacementBuilder withdrawn = Content.placement(Product.RELATED_FEED_ITEM, "Trukket tilbage")
            .themes("energi");
    final Content.PlacementBuilder expired = Content.placement(Product.RELATED_FEED_ITEM, "Udløbet")
            .themes("klima").flight(Instant.now().minus(Duration.ofDays(9)), Instant.now().minus(Duration.ofHours(1)));
    final Content.PlacementBuilder offTheme = Content.placement(Product.RELATED_FEED_ITEM, "Efterårsmode")
            .themes("mode");

    @Override
    protected List<PresslineEvent> corpus() {
        var events = new ArrayList<PresslineEvent>(List.of(pick.published(), article.published(),
                withdrawn.activated(), expired.activated(), offTheme.activated()));
        related.forEach(builder -> events.add(builder.published()));
        activeOnTheme.forEach(builder -> events.add(builder.activated()));
        events.add(withdrawn.revision(2).withdrawn());
        return events;
    }

    @Test
    void showsTheWholeArticleWithTheEditorsPickFirstInLaesOgsaa() {
        var page = page(article.snapshot().slug());

        assertThat(page.get("article").get("fields").get("headline").asString())
                .isEqualTo(article.snapshot().headline());
        assertThat(page.get("article").get("fields").get("body").asString()).contains("<p>");
        assertThat(page.get("article").get("fields").get("leadImage").get("credit").asString())
                .isEqualTo("Foto: Pressline");
        var readAlso = page.get("readAlso");
        assertThat(readAlso.size()).isEqualTo(3);
        assertThat(readAlso.get(0).get("id").asString()).isEqualTo(pick.snapshot().articleId().toString());
        assertThat(readAlso.get(1).get("fields").get("headline").asString()).startsWith("Havvind og vindmøller");
    }

    @Test
    void mixesAtMostOneLabelledSponsoredItemInFourIntoTheRelatedContent() {
        var feed = page(article.snapshot().slug()).get("relatedContent");

        assertThat(feed.size()).isEqualTo(8);
        var kinds = new StringBuilder();
        feed.forEach(item -> kinds.append(item.has("sponsored") ? "S" : "E"));
        assertThat(kinds.toString()).isEqualTo("EEESEEES");
        feed.forEach(item -> {
            if (item.has("sponsored")) {
                assertThat(item.get("sponsored").get("label").asString()).isEqualTo("Sponseret");
                assertThat(item.get("sponsored").get("advertiser").asString()).startsWith("Annoncør");
            }
        });
        assertThat(sponsoredIds(feed)).isSubsetOf(ids(activeOnTheme));
    }

    @Test
    void neverServesAWithdrawnExpiredOrOffThemeBooking() {
        var served = new HashSet<String>();
        for (int i = 0; i < 10; i++) {
            served.addAll(sponsoredIds(page(article.snapshot().slug()).get("relatedContent")));
        }

        assertThat(served).isSubsetOf(ids(activeOnTheme)).hasSizeGreaterThan(2);
    }

    @Test
    void recordsAnImpressionForEverySponsoredItemServed() {
        try (var interactions = KafkaProbe.reading(topicNames.of(Topics.INTERACTIONS))) {
            var served = sponsoredIds(page(article.snapshot().slug()).get("relatedContent"));

            for (var bookingId : served) {
                var record = interactions.awaitRecordWithKey(bookingId);
                var impression = (PlacementImpressionRecorded) EventEnvelopes.fromConsumerRecord(record);
                assertThat(impression.channel()).isEqualTo(Channel.RELATED_FEED);
                assertThat(impression.placementRevision()).isEqualTo(1);
            }
        }
    }

    @Test
    void redirectsAnOldSlugToTheCurrentOne() {
        var response = api().get("/api/content/havvind-til-to-millioner");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).contains("/api/content/" + article.snapshot().slug());
    }

    @Test
    void answersNotFoundForASlugNoPublishedArticleHas() {
        api().get("/api/content/findes-ikke").assertProblem(404);
    }

    private JsonNode page(String slug) {
        var response = api().get("/api/content/" + slug);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Set<String> sponsoredIds(JsonNode feed) {
        var ids = new HashSet<String>();
        feed.forEach(item -> {
            if (item.has("sponsored")) {
                ids.add(item.get("id").asString());
            }
        });
        return ids;
    }

    private static Set<String> ids(List<Content.PlacementBuilder> placements) {
        var ids = new HashSet<String>();
        placements.forEach(placement -> ids.add(placement.snapshot().bookingId().toString()));
        return ids;
    }
}
