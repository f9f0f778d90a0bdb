package dk.pressline.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dk.pressline.events.EventFixtures;
import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.article.ArticleUpdated;
import dk.pressline.search.SharedServiceProperties;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = SharedServiceProperties.DEAD_LETTER_METRICS_REFRESH)
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
class ArticleIndexingTests {

    @Autowired
    ContentIndexer indexer;

    @Autowired
    ContentIndex index;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void makesAPublishedArticleFindableByItsDanishWords() throws IOException {
        var article = article(UUID.randomUUID(), 3, "Københavns grønne tage breder sig");

        indexer.index(List.of(published(article)));

        assertThat(search("københavn")).contains(article.articleId().toString());
        assertThat(document(article).get("body"))
                .as("the body is indexed as text, without tags")
                .asString()
                .doesNotContain("<");
    }

    @Test
    void leavesTheIndexAsItWasWhenEventsAreReplayedOrArriveLate() throws IOException {
        var id = UUID.randomUUID();
        var first = published(article(id, 3, "Første version"));
        var second = updated(article(id, 4, "Anden version"));
        indexer.index(List.of(first, second));
        var before = document(article(id, 4, ""));

        indexer.index(List.of(first, second));
        indexer.index(List.of(first));

        assertThat(document(article(id, 4, ""))).isEqualTo(before);
        assertThat(before.get("headline")).isEqualTo("Anden version");
    }

    @Test
    void removesAnUnpublishedArticleFromEveryResult() throws IOException {
        var id = UUID.randomUUID();
        var article = article(id, 5, "Trukket tilbage om klimaplaner");
        indexer.index(List.of(published(article)));
        assertThat(search("klimaplan")).contains(id.toString());

        indexer.index(List.of(new ArticleUnpublished(
                UUID.randomUUID(),
                Instant.now(),
                id,
                article(id, 6, "Trukket tilbage om klimaplaner"),
                "Kilden trak tallene tilbage")));

        assertThat(search("klimaplan")).doesNotContain(id.toString());
    }

    private List<String> search(String words) throws IOException {
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
        return elasticsearch
                .search(
                        search -> search.index(index.alias())
                                .query(q ->
                                        q.multiMatch(match -> match.query(words).fields("headline", "teaser", "body"))),
                        Map.class)
                .hits()
                .hits()
                .stream()
                .map(hit -> hit.id())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> document(ArticleSnapshot article) throws IOException {
        return elasticsearch
                .get(get -> get.index(index.alias()).id(article.articleId().toString()), Map.class)
                .source();
    }

    private static ArticlePublished published(ArticleSnapshot article) {
        return new ArticlePublished(UUID.randomUUID(), Instant.now(), article.articleId(), article);
    }

    private static ArticleEvent updated(ArticleSnapshot article) {
        return new ArticleUpdated(UUID.randomUUID(), Instant.now(), article.articleId(), article);
    }

    private static ArticleSnapshot article(UUID id, long revision, String headline) {
        var fixture = EventFixtures.articleSnapshot();
        return new ArticleSnapshot(
                id,
                revision,
                "slug-" + id,
                List.of(),
                fixture.canonicalUrl(),
                "da",
                headline.isEmpty() ? fixture.headline() : headline,
                fixture.teaser(),
                fixture.bodyHtml(),
                fixture.authors(),
                fixture.signOff(),
                fixture.section(),
                fixture.themes(),
                fixture.leadImage(),
                fixture.readAlso(),
                fixture.source(),
                fixture.firstPublishedAt(),
                fixture.lastUpdatedAt(),
                fixture.corrections());
    }
}
