package dk.pressline.search.articlepage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dk.pressline.search.content.ContentFields;
import dk.pressline.search.content.ContentItem;
import dk.pressline.search.content.ContentItems;
import dk.pressline.search.content.ContentQueries;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.search.indexing.ContentType;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * What an article page shows, read from the content index and kept for the reader cache's time to live: the
 * article, "Læs også", the related articles and the sponsored items that may fill the feed's paid slots. Which of
 * those sponsored items a reader sees, and the impressions, are decided per page served by {@link ArticlePages}.
 */
@Component
class IndexedArticlePages {

    static final String CACHE = "article-pages";
    /** The sponsored items kept per page to rotate among; when more bookings compete, a random sample of them. */
    static final int SPONSORED_CANDIDATES = 50;

    private static final List<String> LIKENESS_FIELDS = List.of("headline", "teaser", "body");

    private final ElasticsearchClient elasticsearch;
    private final ContentItems items;
    private final ContentIndex index;
    private final ArticlePageProperties properties;
    private final Clock clock;

    IndexedArticlePages(
            ElasticsearchClient elasticsearch,
            ContentItems items,
            ContentIndex index,
            ArticlePageProperties properties,
            Clock clock) {
        this.elasticsearch = elasticsearch;
        this.items = items;
        this.index = index;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a slug leads to in the index. */
    sealed interface Indexed {}

    /**
     * @param readAlso "Læs også", complete
     * @param related related articles for the feed, more than its length so sponsored items can take slots
     */
    record IndexedPage(
            ContentItem article,
            List<ContentItem> readAlso,
            List<ContentItem> related,
            List<SponsoredCandidate> sponsored)
            implements Indexed {}

    record IndexedMove(String currentSlug) implements Indexed {}

    /** A booking that may be shown from {@code flightStart} until before {@code flightEnd}. */
    record SponsoredCandidate(ContentItem item, long revision, Instant flightStart, Instant flightEnd) {

        boolean showsAt(Instant now) {
            return !now.isBefore(flightStart) && now.isBefore(flightEnd);
        }
    }

    @Cacheable(cacheNames = CACHE, sync = true)
    public Optional<Indexed> bySlug(String slug) throws IOException {
        var response = elasticsearch.search(
                search -> search.index(index.alias())
                        .size(1)
                        .query(q -> q.bool(b -> b.filter(ContentQueries.term("type", ContentType.ARTICLE.value()))
                                .should(ContentQueries.term("slug", slug))
                                .should(ContentQueries.term("previousSlugs", slug))
                                .minimumShouldMatch("1"))),
                Map.class);
        if (response.hits().hits().isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> article = response.hits().hits().getFirst().source();
        if (!slug.equals(article.get("slug"))) {
            return Optional.of(new IndexedMove((String) article.get("slug")));
        }
        return Optional.of(pageOf(article));
    }

    private IndexedPage pageOf(Map<String, Object> article) throws IOException {
        var now = ContentQueries.readingTime(clock);
        var id = (String) article.get("id");
        var picks = editorPicks(article);
        var shown = new LinkedHashSet<String>();
        shown.add(id);
        picks.forEach(pick -> shown.add(pick.id()));
        int fill = Math.max(0, properties.readAlsoSize() - picks.size());
        var related = relatedArticles(article, shown, fill + properties.relatedContentSize(), now);
        var readAlso = Stream.concat(
                        picks.stream().limit(properties.readAlsoSize()),
                        related.stream().limit(fill))
                .toList();
        var editorial = related.stream().skip(fill).toList();
        return new IndexedPage(
                items.toItem(article, ContentFields.ALL, null),
                readAlso,
                editorial,
                sponsoredOnThemes(themesOf(article), now));
    }

    /** The editor's "Læs også" picks that are still published, in the editor's order. */
    private List<ContentItem> editorPicks(Map<String, Object> article) throws IOException {
        @SuppressWarnings("unchecked")
        var links = (List<Map<String, Object>>) article.getOrDefault("readAlso", List.of());
        if (links.isEmpty()) {
            return List.of();
        }
        var ids = links.stream().map(link -> (String) link.get("articleId")).toList();
        var response = elasticsearch.mget(
                get -> get.index(index.alias())
                        .ids(ids)
                        .sourceIncludes(ContentFields.sourceFields(ContentFields.DEFAULT)),
                Map.class);
        var picks = new ArrayList<ContentItem>();
        for (var doc : response.docs()) {
            if (doc.isResult() && doc.result().found()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> source = doc.result().source();
                picks.add(items.toItem(source, ContentFields.DEFAULT, null));
            }
        }
        return picks;
    }

    private List<ContentItem> relatedArticles(Map<String, Object> article, Set<String> excluded, int size, Instant now)
            throws IOException {
        if (size == 0) {
            return List.of();
        }
        var likeness = Stream.of("headline", "teaser", "body")
                .map(article::get)
                .filter(Objects::nonNull)
                .map(Object::toString)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
        var themes = themesOf(article);
        var response = elasticsearch.search(
                search -> search.index(index.alias())
                        .size(size)
                        .query(q -> q.bool(b -> b.must(m -> m.moreLikeThis(mlt -> mlt.fields(LIKENESS_FIELDS)
                                        .like(like -> like.text(likeness))
                                        .minTermFreq(1)
                                        .minDocFreq(1)
                                        .maxQueryTerms(25)
                                        .minimumShouldMatch("10%")))
                                .should(
                                        themes.isEmpty()
                                                ? Query.of(q2 -> q2.matchNone(none -> none))
                                                : ContentQueries.termIn("themes.slug", themes))
                                .filter(ContentQueries.term("type", ContentType.ARTICLE.value()))
                                .mustNot(m -> m.ids(ids -> ids.values(List.copyOf(excluded))))))
                        .source(source ->
                                source.filter(f -> f.includes(ContentFields.sourceFields(ContentFields.DEFAULT)))),
                Map.class);
        return response.hits().hits().stream().map(hit -> item(hit)).toList();
    }

    /** Sponsored items on any of the themes that show now, with what their impressions and flights need. */
    private List<SponsoredCandidate> sponsoredOnThemes(List<String> themes, Instant now) throws IOException {
        int most = (int) Math.floor(properties.relatedContentSize() * properties.sponsoredShare());
        if (themes.isEmpty() || most == 0) {
            return List.of();
        }
        var response = elasticsearch.search(
                search -> search.index(index.alias())
                        .size(SPONSORED_CANDIDATES)
                        .query(q -> q.functionScore(score -> score.query(inner -> inner.bool(
                                        b -> b.filter(ContentQueries.term("type", ContentType.SPONSORED.value()))
                                                .filter(ContentQueries.termIn("themes.slug", themes))
                                                .filter(ContentQueries.visibleAt(now))))
                                // When more bookings compete than are kept, a fresh seed per read samples them fairly.
                                .functions(function -> function.randomScore(random -> random.seed(Long.toString(
                                                ThreadLocalRandom.current().nextLong()))
                                        .field("_seq_no")))
                                .boostMode(FunctionBoostMode.Replace)))
                        .source(source -> source.filter(f -> f.includes(withRevisionAndFlight()))),
                Map.class);
        return response.hits().hits().stream()
                .map(hit -> new SponsoredCandidate(
                        item(hit),
                        ((Number) hit.source().get("revision")).longValue(),
                        Instant.parse((String) hit.source().get("flightStart")),
                        Instant.parse((String) hit.source().get("flightEnd"))))
                .toList();
    }

    private static List<String> withRevisionAndFlight() {
        var fields = new ArrayList<>(ContentFields.sourceFields(ContentFields.DEFAULT));
        fields.addAll(List.of("revision", "flightStart", "flightEnd"));
        return fields;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ContentItem item(Hit<Map> hit) {
        return items.toItem((Map<String, Object>) hit.source(), ContentFields.DEFAULT, null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> themesOf(Map<String, Object> document) {
        var themes = (List<Map<String, Object>>) document.getOrDefault("themes", List.of());
        return themes.stream().map(theme -> (String) theme.get("slug")).toList();
    }
}
