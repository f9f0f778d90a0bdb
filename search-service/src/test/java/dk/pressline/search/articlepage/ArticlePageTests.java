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
import dk.pressline.testsupport.web.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An article page by slug, with "Læs også" and a "Relateret indhold" feed mixing in labelled sponsored items. */
class ArticlePageTests extends ReaderApiTestBase {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    @Autowired
    TopicNames topicNames;

    final Content.ArticleBuilder pick =
            Content.article("Grøn omstilling i landbruget").themes("landbrug");
    final Content.ArticleBuilder article = Content.article("Havvind skal levere strøm til tre millioner husstande")
            .teaser("Nye havvindmøller i Nordsøen.")
            .body("<p>Havvind og vindmøller giver grøn strøm.</p>")
            .themes("klima", "energi")
            .previousSlugs("havvind-til-to-millioner")
            .readAlso(pick.snapshot());
    final List<Content.ArticleBuilder> related = IntStream.range(0, 9)
            .mapToObj(i ->
                    Content.article("Havvind og vindmøller, del " + (i + 1)).themes("energi"))
            .toList();
    final List<Content.PlacementBuilder> activeOnTheme = IntStream.range(0, 4)
            .mapToObj(i -> Content.placement(Product.RELATED_FEED_ITEM, "Grøn strøm til erhverv " + i)
                    .advertiser("ad-" + i, "Annoncør " + i)
                    .themes("energi"))
            .toList();
    final Content.PlacementBuilder withdrawn =
            Content.placement(Product.RELATED_FEED_ITEM, "Trukket tilbage").themes("energi");
    final Content.PlacementBuilder expired = Content.placement(Product.RELATED_FEED_ITEM, "Udløbet")
            .themes("klima")
            .flight(Instant.now().minus(Duration.ofDays(9)), Instant.now().minus(Duration.ofHours(1)));
    final Content.PlacementBuilder offTheme =
            Content.placement(Product.RELATED_FEED_ITEM, "Efterårsmode").themes("mode");

    @Override
    protected List<PresslineEvent> corpus() {
        var events = new ArrayList<PresslineEvent>(List.of(
                pick.published(),
                article.published(),
                withdrawn.activated(),
                expired.activated(),
                offTheme.activated()));
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
        assertThat(page.get("article")
                        .get("fields")
                        .get("leadImage")
                        .get("credit")
                        .asString())
                .isEqualTo("Foto: Pressline");
        var readAlso = page.get("readAlso");
        assertThat(readAlso.size()).isEqualTo(3);
        assertThat(readAlso.get(0).get("id").asString())
                .isEqualTo(pick.snapshot().articleId().toString());
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
    void recordsAnImpressionNamingTheReaderForEverySponsoredItemServed() {
        var since = Instant.now();
        try (var interactions = KafkaProbe.reading(topicNames.of(Topics.INTERACTIONS))) {
            int first = sponsoredIds(
                            page(reader("198.51.100.1"), article.snapshot().slug())
                                    .get("relatedContent"))
                    .size();
            first += sponsoredIds(
                            page(reader("198.51.100.1"), article.snapshot().slug())
                                    .get("relatedContent"))
                    .size();
            int second = sponsoredIds(
                            page(reader("198.51.100.2"), article.snapshot().slug())
                                    .get("relatedContent"))
                    .size();

            var impressions = impressionsSince(interactions, since, first + second);
            assertThat(impressions).allSatisfy(impression -> {
                assertThat(impression.channel()).isEqualTo(Channel.RELATED_FEED);
                assertThat(impression.placementRevision()).isEqualTo(1);
                assertThat(impression.readerKey()).isNotBlank().doesNotContain("198.51.100");
            });
            assertThat(impressionsPerReader(impressions)).containsExactlyInAnyOrder((long) first, (long) second);
        }
    }

    @Test
    void aRobotsPageViewRecordsNoImpression() {
        var since = Instant.now();
        try (var interactions = KafkaProbe.reading(topicNames.of(Topics.INTERACTIONS))) {
            var crawler = api().withHeader("User-Agent", GOOGLEBOT).withHeader("X-Forwarded-For", "198.51.100.3");
            var crawled = sponsoredIds(page(crawler, article.snapshot().slug()).get("relatedContent"));
            int read = sponsoredIds(
                            page(reader("198.51.100.4"), article.snapshot().slug())
                                    .get("relatedContent"))
                    .size();

            assertThat(crawled).isNotEmpty();
            impressionsSince(interactions, since, read);
            var impressions = interactions.recordsWithin(Duration.ofSeconds(2), impressionSince(since)).stream()
                    .map(record -> (PlacementImpressionRecorded) EventEnvelopes.fromConsumerRecord(record))
                    .toList();
            assertThat(impressionsPerReader(impressions))
                    .as("the reader's, none of the crawler's")
                    .containsExactly((long) read);
        }
    }

    @Test
    void redirectsAnOldSlugToTheCurrentOne() {
        var response = api().get("/api/content/havvind-til-to-millioner");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location"))
                .contains("/api/content/" + article.snapshot().slug());
    }

    @Test
    void answersNotFoundForASlugNoPublishedArticleHas() {
        api().get("/api/content/findes-ikke").assertProblem(404);
    }

    private JsonNode page(String slug) {
        return page(api(), slug);
    }

    private JsonNode page(ApiClient client, String slug) {
        var response = client.get("/api/content/" + slug);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** A reader's browser, at the address a proxy in front of search-service passes on. */
    private ApiClient reader(String address) {
        return api().withHeader("User-Agent", BROWSER).withHeader("X-Forwarded-For", address);
    }

    private static List<PlacementImpressionRecorded> impressionsSince(
            KafkaProbe interactions, Instant since, int count) {
        return interactions.awaitRecords(impressionSince(since), count, Duration.ofSeconds(30)).stream()
                .map(record -> (PlacementImpressionRecorded) EventEnvelopes.fromConsumerRecord(record))
                .toList();
    }

    private static Predicate<ConsumerRecord<String, byte[]>> impressionSince(Instant since) {
        return record -> EventEnvelopes.fromConsumerRecord(record) instanceof PlacementImpressionRecorded impression
                && !impression.occurredAt().isBefore(since);
    }

    private static Collection<Long> impressionsPerReader(List<PlacementImpressionRecorded> impressions) {
        return impressions.stream()
                .collect(Collectors.groupingBy(PlacementImpressionRecorded::readerKey, Collectors.counting()))
                .values();
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
