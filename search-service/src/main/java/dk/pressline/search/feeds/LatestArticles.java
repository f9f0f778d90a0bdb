package dk.pressline.search.feeds;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dk.pressline.search.content.ContentQueries;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.search.indexing.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/** Published articles, newest first, as feeds and the sitemap read them. */
@Component
class LatestArticles {

    static final String CACHE = "latest-articles";
    private static final List<String> FIELDS =
            List.of("id", "slug", "headline", "teaser", "authors", "themes", "publishedAt", "updatedAt", "language");
    private static final int PAGE = 5_000;

    private final ElasticsearchClient elasticsearch;
    private final ContentIndex index;

    LatestArticles(ElasticsearchClient elasticsearch, ContentIndex index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    /** @param theme a theme's slug, or {@code null} for all articles; kept for the reader cache's time to live */
    @Cacheable(cacheNames = CACHE, sync = true)
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> latest(String theme, int count) throws IOException {
        var response = elasticsearch.search(
                search -> search.index(index.alias())
                        .size(count)
                        .query(articles(theme))
                        .sort(sort -> sort.field(f -> f.field("publishedAt").order(SortOrder.Desc)))
                        .source(source -> source.filter(f -> f.includes(FIELDS))),
                Map.class);
        var articles = new ArrayList<Map<String, Object>>();
        response.hits().hits().forEach(hit -> articles.add(hit.source()));
        return List.copyOf(articles);
    }

    /** Every published article up to {@code limit}, newest first, page by page past the 10,000-hit window. */
    @SuppressWarnings("unchecked")
    void each(int limit, Consumer<Map<String, Object>> article) throws IOException {
        List<FieldValue> after = null;
        int seen = 0;
        while (seen < limit) {
            var searchAfter = after;
            int size = Math.min(PAGE, limit - seen);
            var response = elasticsearch.search(
                    search -> {
                        search.index(index.alias())
                                .size(size)
                                .query(articles(null))
                                .sort(sort ->
                                        sort.field(f -> f.field("publishedAt").order(SortOrder.Desc)))
                                .sort(sort -> sort.field(f -> f.field("id").order(SortOrder.Asc)))
                                .source(source -> source.filter(f -> f.includes(FIELDS)));
                        if (searchAfter != null) {
                            search.searchAfter(searchAfter);
                        }
                        return search;
                    },
                    Map.class);
            var hits = response.hits().hits();
            hits.forEach(hit -> article.accept(hit.source()));
            seen += hits.size();
            if (hits.size() < size) {
                return;
            }
            after = hits.getLast().sort();
        }
    }

    private static Query articles(String theme) {
        return Query.of(q -> q.bool(b -> {
            b.filter(ContentQueries.term("type", ContentType.ARTICLE.value()));
            if (theme != null) {
                b.filter(ContentQueries.term("themes.slug", theme));
            }
            return b;
        }));
    }
}
