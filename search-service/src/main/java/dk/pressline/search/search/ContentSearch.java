package dk.pressline.search.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import dk.pressline.search.content.ContentFields;
import dk.pressline.search.content.ContentItem;
import dk.pressline.search.content.ContentItems;
import dk.pressline.search.content.ContentQueries;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.search.search.SearchCriteria.OrderBy;
import dk.pressline.search.search.SearchResults.FacetValue;
import dk.pressline.search.search.SearchResults.Facets;
import dk.pressline.search.search.SearchResults.Suggestion;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Readers' search over the content index. Danish words match however they are inflected (the index's Danish
 * analysis), small typos are forgiven, and relevance favours recent content.
 */
@Component
public class ContentSearch {

    static final String DANISH_TIME = "Europe/Copenhagen";

    private static final int MIN_COMPOUND_PART = 4;
    /** Where a reader's words are looked for; a theme's or section's name finds what is filed under it. */
    private static final List<String> TEXT_FIELDS = List.of("headline^3", "teaser^2", "body", "headline.en^3",
            "teaser.en^2", "event.place", "job.location", "themes.name.text^2", "section.name.text");
    /** No edits for words under 4 letters, one up to 7, two from 8: short words have too many neighbours. */
    private static final String TYPO_TOLERANCE = "AUTO:4,8";
    /** Relevance halves for every 90 days of age. */
    private static final String RECENCY_HALF_LIFE = "90d";
    private static final String NEWS_DATE = "publishedAt";

    private final ElasticsearchClient elasticsearch;
    private final ContentItems items;
    private final ContentIndex index;
    private final Clock clock;

    ContentSearch(ElasticsearchClient elasticsearch, ContentItems items, ContentIndex index, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.items = items;
        this.index = index;
        this.clock = clock;
    }

    public SearchResults search(SearchCriteria criteria) throws IOException {
        var response = elasticsearch.search(requestFor(criteria, ContentQueries.readingTime(clock)), Map.class);
        var total = response.hits().total() == null ? 0 : response.hits().total().value();
        var results = new ArrayList<ContentItem>();
        for (Hit<Map> hit : response.hits().hits()) {
            results.add(toItem(hit, criteria));
        }
        var aggregations = response.aggregations();
        var facets = new Facets(terms(aggregations.get("themes")), terms(aggregations.get("sections")),
                terms(aggregations.get("types")), months(aggregations.get("months")));
        var didYouMean = total == 0 && criteria.query() != null ? correctionOf(criteria.query()) : null;
        return SearchResults.of(results, criteria, total, facets, didYouMean);
    }

    /** The request a search sends to Elasticsearch; benchmarks send it straight there to compare. */
    public SearchRequest requestFor(SearchCriteria criteria, Instant now) {
        return SearchRequest.of(search -> {
            search.index(index.alias())
                    .query(query(criteria, now))
                    .from(criteria.page() * criteria.size())
                    .size(criteria.size())
                    .trackTotalHits(total -> total.enabled(true))
                    .source(source -> source.filter(filter -> filter
                            .includes(ContentFields.sourceFields(criteria.fields()))))
                    .aggregations("themes", a -> a.terms(t -> t.field("themes.slug").size(30)))
                    .aggregations("sections", a -> a.terms(t -> t.field("section.slug").size(30)))
                    .aggregations("types", a -> a.terms(t -> t.field("type").size(10)))
                    .aggregations("months", a -> a.dateHistogram(h -> h.field(NEWS_DATE)
                            .calendarInterval(CalendarInterval.Month).format("yyyy-MM").timeZone(DANISH_TIME)
                            .minDocCount(1).order(NamedValue.of("_key", SortOrder.Desc))));
            if (criteria.query() != null) {
                search.highlight(highlight -> highlight.encoder(HighlighterEncoder.Html)
                        .preTags("<em>").postTags("</em>")
                        .fields("headline", field -> field.numberOfFragments(0))
                        .fields("teaser", field -> field.numberOfFragments(0))
                        .fields("body", field -> field.fragmentSize(160).numberOfFragments(2)));
            }
            switch (criteria.orderBy()) {
                case NEWEST -> search.sort(sort -> sort.field(f -> f.field(NEWS_DATE).order(SortOrder.Desc)));
                case OLDEST -> search.sort(sort -> sort.field(f -> f.field(NEWS_DATE).order(SortOrder.Asc)));
                case RELEVANCE -> { }
            }
            return search;
        });
    }

    /** Headlines starting with what the reader has typed, word by word. */
    public List<Suggestion> suggest(String typed, int size) throws IOException {
        var now = ContentQueries.readingTime(clock);
        var response = elasticsearch.search(search -> search.index(index.alias()).size(size)
                .query(q -> q.bool(b -> b
                        .must(m -> m.match(match -> match.field("suggest").query(typed).operator(Operator.And)))
                        .filter(ContentQueries.visibleAt(now))))
                .source(source -> source.filter(filter -> filter.includes("id", "type", "slug", "headline"))),
                Map.class);
        return response.hits().hits().stream().map(Hit::source)
                .map(document -> new Suggestion((String) document.get("id"), (String) document.get("type"),
                        (String) document.get("slug"), (String) document.get("headline")))
                .toList();
    }

    private static Query query(SearchCriteria criteria, Instant now) {
        var filters = filters(criteria, now);
        if (criteria.query() == null) {
            return Query.of(q -> q.bool(b -> b.filter(filters)));
        }
        var words = criteria.query();
        var text = Query.of(q -> q.bool(b -> b
                .should(exact -> exact.multiMatch(m -> m.query(words).fields(TEXT_FIELDS).boost(2f)
                        .minimumShouldMatch("2<75%")))
                .should(typo -> typo.multiMatch(m -> m.query(words).fields(TEXT_FIELDS).fuzziness(TYPO_TOLERANCE)
                        .prefixLength(1).minimumShouldMatch("2<75%")))
                .should(beginningsOfCompounds(words))
                .minimumShouldMatch("1")
                .filter(filters)));
        if (criteria.orderBy() != OrderBy.RELEVANCE) {
            return text;
        }
        return Query.of(q -> q.functionScore(score -> score.query(text)
                .functions(function -> function.exp(decay -> decay.date(date -> date.field(NEWS_DATE)
                        .placement(placement -> placement.origin(now.toString())
                                .scale(Time.of(time -> time.time(RECENCY_HALF_LIFE))).decay(0.5)))))
                .boostMode(FunctionBoostMode.Multiply)));
    }

    /**
     * Danish joins words: "klima" should also find the headlines about klimamål and klimaplaner, whose words begin with
     * it. Only for words of four letters or more, so "by" does not bring every headline with a word starting "by".
     */
    private static Query beginningsOfCompounds(String words) {
        if (Arrays.stream(words.trim().split("\\s+")).anyMatch(word -> word.length() < MIN_COMPOUND_PART)) {
            return Query.of(q -> q.matchNone(none -> none));
        }
        return Query.of(q -> q.match(m -> m.field("suggest").query(words).operator(Operator.And).boost(0.5f)));
    }

    private static List<Query> filters(SearchCriteria criteria, Instant now) {
        var filters = new ArrayList<Query>();
        filters.add(ContentQueries.visibleAt(now));
        if (!criteria.themes().isEmpty()) {
            if (criteria.allThemes()) {
                criteria.themes().forEach(theme -> filters.add(ContentQueries.term("themes.slug", theme)));
            }
            else {
                filters.add(ContentQueries.termIn("themes.slug", criteria.themes()));
            }
        }
        if (criteria.section() != null) {
            filters.add(ContentQueries.term("section.slug", criteria.section()));
        }
        if (!criteria.types().isEmpty()) {
            filters.add(ContentQueries.termIn("type", criteria.types()));
        }
        if (criteria.language() != null) {
            // Placements carry no language: the filter narrows articles and leaves them be.
            filters.add(Query.of(q -> q.bool(b -> b
                    .should(ContentQueries.term("language", criteria.language()))
                    .should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field("language")))))
                    .minimumShouldMatch("1"))));
        }
        if (criteria.fromDate() != null || criteria.toDate() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(date -> {
                date.field(NEWS_DATE).format("strict_date").timeZone(DANISH_TIME);
                if (criteria.fromDate() != null) {
                    date.gte(criteria.fromDate().toString());
                }
                if (criteria.toDate() != null) {
                    date.lte(criteria.toDate().toString());
                }
                return date;
            }))));
        }
        return filters;
    }

    private String correctionOf(String words) throws IOException {
        var response = elasticsearch.search(search -> search.index(index.alias()).size(0)
                .suggest(suggest -> suggest.text(words).suggesters("didYouMean", suggester -> suggester
                        .phrase(phrase -> phrase.field("spelling").size(1).maxErrors(2.0).confidence(0.0)
                                .directGenerator(generator -> generator.field("spelling")
                                        .suggestMode(SuggestMode.Always).minWordLength(3).maxEdits(2))))),
                Map.class);
        var suggestions = response.suggest().get("didYouMean");
        if (suggestions == null || suggestions.isEmpty()) {
            return null;
        }
        return suggestions.getFirst().phrase().options().stream()
                .map(option -> option.text())
                .filter(text -> !text.equals(words.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private ContentItem toItem(Hit<Map> hit, SearchCriteria criteria) {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = hit.source();
        return items.toItem(document, criteria.fields(), hit.highlight());
    }

    private static List<FacetValue> terms(Aggregate aggregate) {
        return aggregate.sterms().buckets().array().stream()
                .map(bucket -> new FacetValue(bucket.key().stringValue(), bucket.docCount()))
                .toList();
    }

    private static List<FacetValue> months(Aggregate aggregate) {
        return aggregate.dateHistogram().buckets().array().stream()
                .map(bucket -> new FacetValue(bucket.keyAsString(), bucket.docCount()))
                .toList();
    }
}
