package dk.pressline.search.articlepage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dk.pressline.events.interaction.Channel;
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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Assembles an article page from the content index: the article, "Læs også" and "Relateret indhold". */
@Component
@EnableConfigurationProperties(ArticlePageProperties.class)
class ArticlePages {

    private static final List<String> LIKENESS_FIELDS = List.of("headline", "teaser", "body");

    private final ElasticsearchClient elasticsearch;
    private final ContentItems items;
    private final ContentIndex index;
    private final ArticlePageProperties properties;
    private final ImpressionRecorder impressions;
    private final Clock clock;

    ArticlePages(ElasticsearchClient elasticsearch, ContentItems items, ContentIndex index,
            ArticlePageProperties properties, ImpressionRecorder impressions, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.items = items;
        this.index = index;
        this.properties = properties;
        this.impressions = impressions;
        this.clock = clock;
    }

    /** What a slug leads to: the page, or the article's current slug when the slug is an old one. */
    sealed interface Lookup {
    }

    record Found(ArticlePage page) implements Lookup {
    }

    record Moved(String currentSlug) implements Lookup {
    }

    /** @param viewer who the page is for, for the impressions of its sponsored items */
    Optional<Lookup> bySlug(String slug, Viewer viewer) throws IOException {
        var response = elasticsearch.search(search -> search.index(index.alias()).size(1)
                .query(q -> q.bool(b -> b
                        .filter(ContentQueries.term("type", ContentType.ARTICLE.value()))
                        .should(ContentQueries.term("slug", slug))
                        .should(ContentQueries.term("previousSlugs", slug))
                        .minimumShouldMatch("1"))), Map.class);
        if (response.hits().hits().isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> article = response.hits().hits().getFirst().source();
        if (!slug.equals(article.get("slug"))) {
            return Optional.of(new Moved((String) article.get("slug")));
        }
        return Optional.of(new Found(pageOf(article, viewer)));
    }

    private ArticlePage pageOf(Map<String, Object> article, Viewer viewer) throws IOException {
        var now = ContentQueries.readingTime(clock);
        var id = (String) article.get("id");
        var picks = editorPicks(article);
        var shown = new LinkedHashSet<String>();
        shown.add(id);
        picks.forEach(pick -> shown.add(pick.id()));
        int fill = Math.max(0, properties.readAlsoSize() - picks.size());
        var related = relatedArticles(article, shown, fill + properties.relatedContentSize(), now);
        var readAlso = Stream.concat(picks.stream().limit(properties.readAlsoSize()), related.stream().limit(fill))
                .toList();
        var editorial = related.stream().skip(fill).toList();
        var revisions = new HashMap<String, Long>();
        var sponsored = sponsoredOnThemes(themesOf(article), now, revisions);
        var feed = RelatedContentFeed.mix(editorial, sponsored, properties.relatedContentSize(),
                properties.sponsoredShare());
        feed.stream().filter(item -> item.sponsored() != null).forEach(item -> impressions.recordServed(
                UUID.fromString(item.id()), revisions.get(item.id()), Channel.RELATED_FEED, viewer));
        return new ArticlePage(items.toItem(article, ContentFields.ALL, null), readAlso, feed);
    }

    /** The editor's "Læs også" picks that are still published, in the editor's order. */
    private List<ContentItem> editorPicks(Map<String, Object> article) throws IOException {
        @SuppressWarnings("unchecked")
        var links = (List<Map<String, Object>>) article.getOrDefault("readAlso", List.of());
        if (links.isEmpty()) {
            return List.of();
        }
        var ids = links.stream().map(link -> (String) link.get("articleId")).toList();
        var response = elasticsearch.mget(get -> get.index(index.alias()).ids(ids)
                .sourceIncludes(ContentFields.sourceFields(ContentFields.DEFAULT)), Map.class);
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

    private List<ContentItem> relatedArticles(Map<String, Object> article, Set<String> excluded, int size,
            Instant now) throws IOException {
        if (size == 0) {
            return List.of();
        }
        var likeness = Stream.of("headline", "teaser", "body").map(article::get).filter(Objects::nonNull)
                .map(Object::toString).reduce((a, b) -> a + "\n" + b).orElse("");
        var themes = themesOf(article);
        var response = elasticsearch.search(search -> search.index(index.alias()).size(size)
                .query(q -> q.bool(b -> b
                        .must(m -> m.moreLikeThis(mlt -> mlt.fields(LIKENESS_FIELDS).like(like -> like.text(likeness))
                                .minTermFreq(1).minDocFreq(1).maxQueryTerms(25).minimumShouldMatch("10%")))
                        .should(themes.isEmpty() ? Query.of(q2 -> q2.matchNone(none -> none))
                                : ContentQueries.termIn("themes.slug", themes))
                        .filter(ContentQueries.term("type", ContentType.ARTICLE.value()))
                        .mustNot(m -> m.ids(ids -> ids.values(List.copyOf(excluded))))))
                .source(source -> source.filter(f -> f.includes(ContentFields.sourceFields(ContentFields.DEFAULT)))),
                Map.class);
        return items(response.hits().hits());
    }

    /** Active sponsored items on any of the themes, noting each one's booking revision for its impression. */
    private List<ContentItem> sponsoredOnThemes(List<String> themes, Instant now, Map<String, Long> revisions)
            throws IOException {
        int most = (int) Math.floor(properties.relatedContentSize() * properties.sponsoredShare());
        if (themes.isEmpty() || most == 0) {
            return List.of();
        }
        var response = elasticsearch.search(search -> search.index(index.alias()).size(most)
                .query(q -> q.functionScore(score -> score
                        .query(inner -> inner.bool(b -> b
                                .filter(ContentQueries.term("type", ContentType.SPONSORED.value()))
                                .filter(ContentQueries.termIn("themes.slug", themes))
                                .filter(ContentQueries.visibleAt(now))))
                        // A fresh seed per page view rotates the bookings competing for the same slots.
                        .functions(function -> function.randomScore(random -> random
                                .seed(Long.toString(ThreadLocalRandom.current().nextLong())).field("_seq_no")))
                        .boostMode(FunctionBoostMode.Replace)))
                .source(source -> source.filter(f -> f.includes(withRevision()))), Map.class);
        response.hits().hits().forEach(hit -> revisions.put(hit.id(),
                ((Number) hit.source().get("revision")).longValue()));
        return items(response.hits().hits());
    }

    private static List<String> withRevision() {
        var fields = new ArrayList<>(ContentFields.sourceFields(ContentFields.DEFAULT));
        fields.add("revision");
        return fields;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<ContentItem> items(List<Hit<Map>> hits) {
        return hits.stream().map(hit -> items.toItem((Map<String, Object>) hit.source(),
                ContentFields.DEFAULT, null)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> themesOf(Map<String, Object> document) {
        var themes = (List<Map<String, Object>>) document.getOrDefault("themes", List.of());
        return themes.stream().map(theme -> (String) theme.get("slug")).toList();
    }
}
