package dk.pressline.search.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.search.Content;
import dk.pressline.search.ReaderApiTestBase;
import dk.pressline.testsupport.kafka.KafkaProbe;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** HTTP caching of readers' responses, and the short-lived cache that spares Elasticsearch repeated reads. */
@AcceptsTestTokens
@TestPropertySource(properties = "spring.cache.caffeine.spec=maximumSize=500,expireAfterWrite=4s")
class ReaderCachingTests extends ReaderApiTestBase {

    @Autowired
    TopicNames topicNames;

    final Content.ArticleBuilder article = Content.article("Havvind skal levere strøm til tre millioner husstande")
            .body("<p>Havvind og vindmøller giver grøn strøm.</p>")
            .themes("energi");
    final List<Content.ArticleBuilder> related = IntStream.range(0, 8)
            .mapToObj(i ->
                    Content.article("Havvind og vindmøller, del " + (i + 1)).themes("energi"))
            .toList();
    final Content.ArticleBuilder retracted =
            Content.article("Vindmøller ved Ringkøbing").themes("energi");
    static final String SPONSORED_TITLE = "Grøn strøm til erhverv";

    final Content.PlacementBuilder sponsored =
            Content.placement(Product.RELATED_FEED_ITEM, SPONSORED_TITLE).themes("energi");

    @Override
    protected List<PresslineEvent> corpus() {
        var events = new ArrayList<PresslineEvent>(
                List.of(article.published(), retracted.published(), sponsored.activated()));
        related.forEach(builder -> events.add(builder.published()));
        return events;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/search?q=havvind",
                "/api/search/suggestions?q=havv",
                "/api/events",
                "/api/jobs",
                "/feeds/articles.rss",
                "/feeds/themes/energi.atom"
            })
    void marksReadersResponsesPublicForAMinuteAndAnswersARepeatWithNotModified(String path) {
        var first = api().get(path);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).contains("max-age=60, public");
        var etag = first.header("ETag").orElseThrow();

        var repeat = api().withHeader("If-None-Match", etag).get(path);

        assertThat(repeat.status()).isEqualTo(304);
        assertThat(repeat.body()).isEmpty();
        assertThat(repeat.header("ETag")).contains(etag);
        assertThat(repeat.header("Cache-Control")).contains("max-age=60, public");
    }

    @Test
    void letsTheSitemapBeKeptLongerAndAnswersARepeatWithNotModified() {
        var first = api().get("/sitemap.xml");
        assertThat(first.header("Cache-Control")).contains("max-age=600, public");

        var repeat = api().withHeader("If-None-Match", first.header("ETag").orElseThrow())
                .get("/sitemap.xml");

        assertThat(repeat.status()).isEqualTo(304);
    }

    @Test
    void answersAChangedResponseInFullWhateverTagWasSent() {
        var response = api().withHeader("If-None-Match", "\"0123456789abcdef\"").get("/feeds/articles.rss");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains(article.snapshot().headline());
    }

    @Test
    void marksNothingCacheableForAnAuthenticatedRequest() {
        var response = api().withToken(TestTokens.editor().encode()).get("/api/search?q=havvind");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Cache-Control"))
                .hasValueSatisfying(
                        value -> assertThat(value).doesNotContain("public").contains("no-store"));
        assertThat(response.header("ETag")).isEmpty();
    }

    @Test
    void neverLetsANotFoundOrTheAdministrationBeStored() {
        var missing = api().get("/api/content/findes-ikke");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).contains("no-store");

        var administration = api().get("/api/admin/content-index");
        assertThat(administration.header("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).doesNotContain("public"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feeds/articles.rss", "/feeds/themes/energi.atom", "/sitemap.xml"})
    void servesARepeatedFeedOrSitemapWithoutQueryingElasticsearchAgain(String path) throws IOException {
        clearCaches();
        assertThat(api().get(path).status()).isEqualTo(200);
        long queries = queriesSoFar();

        assertThat(api().get(path).status()).isEqualTo(200);

        assertThat(queriesSoFar()).isEqualTo(queries);
    }

    @Test
    void servesARepeatedArticlePageFromOneReadYetRecordsAnImpressionPerPageServed() throws IOException {
        clearCaches();
        // A reader's browser: a robot's page views record no impression.
        var reader = api().withHeader(
                        "User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
        try (var interactions = KafkaProbe.reading(topicNames.of(Topics.INTERACTIONS))) {
            var first = reader.get("/api/content/" + article.snapshot().slug());
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            long queries = queriesSoFar();

            var second = reader.get("/api/content/" + article.snapshot().slug());

            assertThat(queriesSoFar()).isEqualTo(queries);
            assertThat(second.body()).contains(SPONSORED_TITLE, "Havvind og vindmøller, del");
            var bookingId = sponsored.snapshot().bookingId().toString();
            interactions.awaitRecords(record -> bookingId.equals(record.key()), 2, Duration.ofSeconds(30));
        }
    }

    @Test
    void dropsAnUnpublishedArticleFromFeedsSitemapAndPagesOnceTheCacheExpires() throws IOException {
        var slug = retracted.snapshot().slug();
        assertThat(api().get("/feeds/articles.rss").body())
                .contains(retracted.snapshot().headline());
        assertThat(api().get("/sitemap.xml").body()).contains(slug);
        assertThat(api().get("/api/content/" + slug).status()).isEqualTo(200);

        assertThat(indexer.index(List.of(retracted.revision(2).unpublished()))).isEmpty();
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(api().get("/feeds/articles.rss").body())
                    .doesNotContain(retracted.snapshot().headline());
            assertThat(api().get("/sitemap.xml").body()).doesNotContain(slug);
            assertThat(api().get("/api/content/" + slug).status()).isEqualTo(404);
        });
    }

    /** Searches and gets Elasticsearch has answered on the content index, as its own statistics count them. */
    private long queriesSoFar() throws IOException {
        var stats = elasticsearch
                .indices()
                .stats(request -> request.index(index.alias()).metric("search", "get"))
                .all()
                .total();
        return stats.search().queryTotal() + stats.get().total();
    }
}
