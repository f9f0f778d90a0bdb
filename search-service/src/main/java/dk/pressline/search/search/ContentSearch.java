package dk.pressline.search.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ScoreMode;
import co.elastic.clients.util.NamedValue;
import dk.pressline.search.content.ContentFields;
import dk.pressline.search.content.ContentItem;
import dk.pressline.search.content.ContentItems;
import dk.pressline.search.content.ContentQueries;
import dk.pressline.search.content.ReaderPaging;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.search.search.SearchCriteria.Facet;
import dk.pressline.search.search.SearchCriteria.OrderBy;
import dk.pressline.search.search.SearchResults.FacetValue;
import dk.pressline.search.search.SearchResults.Facets;
import dk.pressline.search.search.SearchResults.Suggestion;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Readers' search over the content index. Danish words match however they are inflected (the index's Danish
 * analysis), small typos are forgiven when the words as typed find little, and relevance favours recent content.
 *
 * <p>The ranking rules, as a newsroom reads them: the reader's words weigh most in the headline, then the teaser, then
 * the body; a theme's or section's name of the same words only adds a little, and what matches nothing but such a name
 * comes after everything whose text matches. Among the best {@link #NEWNESS_WINDOW} text matches, being new adds to a
 * match's relevance, half as much at 90 days and less after, and an article whose headline holds the reader's words as
 * typed does not age at all. Sponsored items are kept from the top ({@link SponsoredPlacement}).
 *
 * <p>Forgiving typos is what costs: a fuzzy query rewrites each word into the terms a typo away in every field, and the
 * highlighter does so again for every field of every result. So a search first asks for most of the words as typed or
 * inflected, and only when that finds fewer than {@link #FEW} results asks again with typos forgiven, any one of the
 * words enough, and what is filed under a theme or section of that name after them. A search that finds enough in the
 * text leaves out what only a taxonomy name matches.
 *
 * <p>The first request is built so that Elasticsearch need not score every match: its parts add up (no score
 * multiplied by a function of age, no minimum score), age is weighed in a rescore of the best text matches only, the
 * results are counted exactly up to {@link ReaderPaging#MAX_RESULT_WINDOW} (as many as a reader can page through; more
 * is reported as that many), and they are counted by facets only when asked ({@link SearchCriteria#facets()}), since
 * counting has to visit every match. The counts come from a request of their own, sent at the same time: the same
 * matches as a filter, nothing scored; in the page's request they would make Elasticsearch score every match.
 */
@Component
@EnableConfigurationProperties(SponsoredPlacementProperties.class)
public class ContentSearch {

    static final String DANISH_TIME = "Europe/Copenhagen";

    private static final int MIN_COMPOUND_PART = 4;
    /** Where a reader's words are looked for, and how much a match in each weighs. */
    private static final List<String> TEXT_FIELDS =
            List.of("headline^4", "teaser^3", "body", "event.place", "job.location");
    /**
     * English articles' words, in English analysis: only for articles in English, where Danish words such as "på"
     * and "og" are no stop words and would match every Danish headline.
     */
    private static final List<String> ENGLISH_FIELDS = List.of("headline.en^4", "teaser.en^3");
    /** The fields whose matching words a result marks. */
    private static final List<String> HIGHLIGHTED_FIELDS = List.of("headline", "teaser", "body");
    /** A theme's or section's name finds what is filed under it, after every text match. */
    private static final List<String> TAXONOMY_FIELDS = List.of("themes.name.text", "section.name.text");
    /** Small enough that a match on taxonomy names alone scores below any match in the text. */
    private static final float TAXONOMY_ONLY = 0.001f;
    /** The compounds a headline's words make weigh about as much as the words themselves. */
    private static final float HEADLINE_COMPOUNDS = 4f;
    /** A word one typo away weighs less than the word itself: "skoler" finds schools before "skov" (forest). */
    private static final float TYPO = 0.5f;
    /** Any word of several matching counts, below the results that match most of them. */
    private static final float SOME_WORDS = 0.3f;
    /** No edits for words under 4 letters, one up to 7, two from 8: short words have too many neighbours. */
    private static final String TYPO_TOLERANCE = "AUTO:4,8";
    /** What being new adds to a result's relevance: half of it at {@link #RECENCY_HALF_LIFE}, less after. */
    private static final float RECENCY = 3f;
    /** The age at which being new adds half of {@link #RECENCY}. */
    private static final String RECENCY_HALF_LIFE = "90d";
    /**
     * How many of the best text matches being new reorders: ten pages of ten. Added in the query, age would have to be
     * weighed for every match, where the text alone lets Elasticsearch skip what cannot reach these.
     */
    static final int NEWNESS_WINDOW = 100;

    private static final String NEWS_DATE = "publishedAt";
    /** Fewer results than this for most of the words as typed or inflected is little: typos are then forgiven. */
    static final int FEW = 10;

    private final ElasticsearchClient elasticsearch;
    private final ElasticsearchAsyncClient elasticsearchAsync;
    private final ContentItems items;
    private final ContentIndex index;
    private final Clock clock;
    private final SponsoredPlacement sponsoredPlacement;

    ContentSearch(
            ElasticsearchClient elasticsearch,
            ContentItems items,
            ContentIndex index,
            Clock clock,
            SponsoredPlacementProperties sponsored) {
        this.elasticsearch = elasticsearch;
        this.elasticsearchAsync =
                new ElasticsearchAsyncClient(elasticsearch._transport(), elasticsearch._transportOptions());
        this.items = items;
        this.index = index;
        this.clock = clock;
        this.sponsoredPlacement = new SponsoredPlacement(sponsored);
    }

    public SearchResults search(SearchCriteria criteria) throws IOException {
        var answer = ask(criteria, ContentQueries.readingTime(clock));
        var response = answer.results();
        var total =
                response.hits().total() == null ? 0 : response.hits().total().value();
        var results = new ArrayList<ContentItem>();
        for (Hit<Map> hit : response.hits().hits()) {
            results.add(toItem(hit, criteria));
        }
        if (arrangesSponsored(criteria)) {
            int from = criteria.page() * criteria.size();
            var arranged = sponsoredPlacement.arrange(results);
            results = new ArrayList<>(arranged.subList(
                    Math.min(from, arranged.size()), Math.min(from + criteria.size(), arranged.size())));
        }
        var aggregations = answer.counts();
        var facets = new Facets(
                terms(aggregations.get(Facet.THEMES.parameterValue())),
                terms(aggregations.get(Facet.SECTIONS.parameterValue())),
                terms(aggregations.get(Facet.TYPES.parameterValue())),
                months(aggregations.get(Facet.MONTHS.parameterValue())));
        var didYouMean = total == 0 && criteria.query() != null ? correctionOf(criteria.query()) : null;
        return SearchResults.of(results, criteria, total, facets, didYouMean);
    }

    /** What Elasticsearch answers a search: the page of results, and the counts by facet when asked. */
    public record Answer(SearchResponse<Map> results, Map<String, Aggregate> counts) {}

    /**
     * Asks Elasticsearch for a search's results as of {@code now}: first for the words as typed or inflected, and when
     * that finds little, again forgiving typos. Benchmarks time it as the service sends it.
     */
    public Answer ask(SearchCriteria criteria, Instant now) throws IOException {
        var answer = ask(criteria, now, false);
        if (findsLittle(criteria, answer.results())) {
            answer = ask(criteria, now, true);
        }
        return answer;
    }

    /**
     * The results and, when facets are asked for, their counts, in two requests at once: counted beside the page of
     * results, every match would have to be scored, where alone the page's request skips what cannot reach it.
     */
    private Answer ask(SearchCriteria criteria, Instant now, boolean forgivingTypos) throws IOException {
        if (criteria.facets().isEmpty()) {
            return new Answer(elasticsearch.search(requestFor(criteria, now, forgivingTypos), Map.class), Map.of());
        }
        var counting = elasticsearchAsync.search(countRequestFor(criteria, now, forgivingTypos), Map.class);
        SearchResponse<Map> results;
        try {
            results = elasticsearch.search(requestFor(criteria, now, forgivingTypos), Map.class);
        } catch (IOException | RuntimeException e) {
            counting.cancel(true);
            throw e;
        }
        return new Answer(results, answerOf(counting).aggregations());
    }

    private static SearchResponse<Map> answerOf(CompletableFuture<SearchResponse<Map>> request) throws IOException {
        try {
            return request.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                default -> throw e;
            }
        }
    }

    /** Every request the first ask for a search sends, at once. Benchmarks profile them. */
    public List<SearchRequest> requestsFor(SearchCriteria criteria, Instant now) throws IOException {
        if (criteria.facets().isEmpty()) {
            return List.of(requestFor(criteria, now));
        }
        return List.of(requestFor(criteria, now), countRequestFor(criteria, now, false));
    }

    /**
     * The request a search sends to Elasticsearch first: most of the words as typed or inflected, no typo forgiven.
     * Benchmarks send it straight there to compare.
     */
    public SearchRequest requestFor(SearchCriteria criteria, Instant now) throws IOException {
        return requestFor(criteria, now, false);
    }

    /**
     * The request a search sends next when the first {@linkplain #findsLittle finds little}: typos forgiven, any one
     * of the words enough.
     */
    public SearchRequest typoForgivingRequestFor(SearchCriteria criteria, Instant now) throws IOException {
        return requestFor(criteria, now, true);
    }

    /** Whether the first request for words found fewer than {@link #FEW} results. */
    public static boolean findsLittle(SearchCriteria criteria, SearchResponse<?> response) {
        return criteria.query() != null
                && (response.hits().total() == null || response.hits().total().value() < FEW);
    }

    private SearchRequest requestFor(SearchCriteria criteria, Instant now, boolean forgivingTypos) throws IOException {
        // Reading the term vectors marks a page's words in a third of the time re-analysing the text takes.
        var highlighter = index.keepsTermVectors() ? HighlighterType.FastVector : HighlighterType.Unified;
        int from = criteria.page() * criteria.size();
        int size = criteria.size();
        if (arrangesSponsored(criteria)) {
            size = Math.max(from + size, SponsoredPlacement.WINDOW);
            from = 0;
        }
        int first = from;
        int count = size;
        return SearchRequest.of(search -> {
            search.index(index.alias())
                    .query(query(criteria, now, forgivingTypos))
                    .from(first)
                    .size(count)
                    .trackTotalHits(total -> total.count(ReaderPaging.MAX_RESULT_WINDOW))
                    .source(source ->
                            source.filter(filter -> filter.includes(ContentFields.sourceFields(criteria.fields()))));
            if (criteria.query() != null) {
                search.highlight(highlight -> highlight
                        .type(highlighter)
                        .encoder(HighlighterEncoder.Html)
                        .preTags("<em>")
                        .postTags("</em>")
                        .highlightQuery(passages(criteria.query(), forgivingTypos))
                        .fields("headline", field -> field.numberOfFragments(0))
                        .fields("teaser", field -> field.numberOfFragments(0))
                        .fields("body", field -> field.fragmentSize(160).numberOfFragments(2)));
            }
            switch (criteria.orderBy()) {
                case NEWEST ->
                    search.sort(sort -> sort.field(f -> f.field(NEWS_DATE).order(SortOrder.Desc)));
                case OLDEST ->
                    search.sort(sort -> sort.field(f -> f.field(NEWS_DATE).order(SortOrder.Asc)));
                case RELEVANCE -> {
                    if (criteria.query() != null) {
                        search.rescore(rescore -> rescore.windowSize(NEWNESS_WINDOW)
                                .query(newness -> newness.query(newness(criteria.query(), now, forgivingTypos))
                                        .queryWeight(1.0)
                                        .rescoreQueryWeight(1.0)
                                        .scoreMode(ScoreMode.Total)));
                    }
                }
            }
            return search;
        });
    }

    /**
     * The request that counts a search's matches by the facets asked for: the same matches as the page's request,
     * nothing scored, highlighted or read, so Elasticsearch may also answer a repeat from its shard request cache.
     */
    private SearchRequest countRequestFor(SearchCriteria criteria, Instant now, boolean forgivingTypos) {
        return SearchRequest.of(search -> {
            search.index(index.alias())
                    .query(q -> q.bool(matches -> matches.filter(query(criteria, now, forgivingTypos))))
                    .size(0)
                    .trackTotalHits(total -> total.enabled(false));
            for (var facet : criteria.facets()) {
                search.aggregations(
                        facet.parameterValue(),
                        switch (facet) {
                            case THEMES ->
                                Aggregation.of(
                                        a -> a.terms(t -> t.field("themes.slug").size(30)));
                            case SECTIONS ->
                                Aggregation.of(a ->
                                        a.terms(t -> t.field("section.slug").size(30)));
                            case TYPES ->
                                Aggregation.of(a -> a.terms(t -> t.field("type").size(10)));
                            case MONTHS ->
                                Aggregation.of(a -> a.dateHistogram(h -> h.field(NEWS_DATE)
                                        .calendarInterval(CalendarInterval.Month)
                                        .format("yyyy-MM")
                                        .timeZone(DANISH_TIME)
                                        .minDocCount(1)
                                        .order(NamedValue.of("_key", SortOrder.Desc))));
                        });
            }
            return search;
        });
    }

    /** Headlines starting with what the reader has typed, word by word. */
    public List<Suggestion> suggest(String typed, int size) throws IOException {
        var now = ContentQueries.readingTime(clock);
        var response = elasticsearch.search(
                search -> search.index(index.alias())
                        .size(size)
                        .query(q -> q.bool(b -> b.must(m -> m.match(match ->
                                        match.field("suggest").query(typed).operator(Operator.And)))
                                .filter(ContentQueries.visibleAt(now))))
                        .source(source -> source.filter(filter -> filter.includes("id", "type", "slug", "headline"))),
                Map.class);
        return response.hits().hits().stream()
                .map(Hit::source)
                .map(document -> new Suggestion(
                        (String) document.get("id"),
                        (String) document.get("type"),
                        (String) document.get("slug"),
                        (String) document.get("headline")))
                .toList();
    }

    /**
     * Whether the page is read from the first results rearranged for sponsored items: relevance-ordered searches for
     * words, on the pages that show any of the {@link SponsoredPlacement#WINDOW} results that may move.
     */
    private static boolean arrangesSponsored(SearchCriteria criteria) {
        return criteria.query() != null
                && criteria.orderBy() == OrderBy.RELEVANCE
                && criteria.page() * criteria.size() < SponsoredPlacement.WINDOW;
    }

    private static Query query(SearchCriteria criteria, Instant now, boolean forgivingTypos) {
        var filters = filters(criteria, now);
        if (criteria.query() == null) {
            return Query.of(q -> q.bool(b -> b.filter(filters)));
        }
        var words = criteria.query();
        var text = textMatch(words, forgivingTypos);
        var taxonomy = Query.of(q -> q.constantScore(c -> c.boost(TAXONOMY_ONLY)
                .filter(f ->
                        f.multiMatch(m -> m.query(words).fields(TAXONOMY_FIELDS).minimumShouldMatch("2<75%")))));
        if (criteria.orderBy() != OrderBy.RELEVANCE) {
            return Query.of(q -> q.bool(
                    b -> b.should(text).should(taxonomy).minimumShouldMatch("1").filter(filters)));
        }
        if (!forgivingTypos) {
            // Only what the text matches: its count decides whether to ask again, a taxonomy name not counting.
            return Query.of(q -> q.bool(b -> b.must(text).should(taxonomy).filter(filters)));
        }
        return Query.of(q -> q.bool(
                b -> b.should(text).should(taxonomy).minimumShouldMatch("1").filter(filters)));
    }

    /**
     * Being new, added in the rescore to the best {@link #NEWNESS_WINDOW} text matches: to all of them in the first
     * request, where only the text matches; to the text's matches alone when typos are forgiven, where what only a
     * taxonomy name finds comes too, and stays last however new.
     */
    private static Query newness(String words, Instant now, boolean forgivingTypos) {
        if (!forgivingTypos) {
            return recency(words, now);
        }
        return Query.of(q -> q.bool(b -> b.must(recency(words, now)).filter(textMatch(words, true))));
    }

    /**
     * What being new adds to a text match: {@link #RECENCY} today, half of it at {@link #RECENCY_HALF_LIFE}, less
     * after; all of it, however old, for a headline that holds the reader's words as typed. Added to the text's
     * score, never multiplied with it.
     */
    private static Query recency(String words, Instant now) {
        return Query.of(q -> q.disMax(newest -> newest.queries(age ->
                        age.distanceFeature(feature -> feature.date(date -> date.field(NEWS_DATE)
                                .origin(now.toString())
                                .pivot(Time.of(time -> time.time(RECENCY_HALF_LIFE)))
                                .boost(RECENCY))))
                .queries(headline -> headline.constantScore(exact -> exact.boost(RECENCY)
                        .filter(f -> f.matchPhrase(m -> m.field("headline").query(words)))))));
    }

    /**
     * The reader's words in the text: most of them as typed or inflected, wherever in the text; or as the beginnings
     * of the compounds in a headline. When {@code forgivingTypos}, also most of them with a typo forgiven, and any one
     * of them (for longer questions, where not every word is in the text).
     */
    private static Query textMatch(String words, boolean forgivingTypos) {
        return Query.of(q -> q.bool(b -> {
            b.should(mostWordsInTheText(words))
                    .should(beginningsOfCompounds(words))
                    .should(mostWordsInEnglish(words))
                    .minimumShouldMatch("1");
            if (forgivingTypos) {
                b.should(typo -> typo.multiMatch(m -> m.query(words)
                                .fields(TEXT_FIELDS)
                                .fuzziness(TYPO_TOLERANCE)
                                .prefixLength(1)
                                .minimumShouldMatch("2<75%")
                                .boost(TYPO)))
                        .should(some -> some.multiMatch(
                                m -> m.query(words).fields(TEXT_FIELDS).boost(SOME_WORDS)));
            }
            return b;
        }));
    }

    private static Query mostWordsInTheText(String words) {
        return Query.of(q -> q.multiMatch(m -> m.query(words)
                .fields(TEXT_FIELDS)
                .boost(2f)
                .type(TextQueryType.CrossFields)
                .minimumShouldMatch("2<75%")));
    }

    private static Query mostWordsInEnglish(String words) {
        return Query.of(q -> q.bool(inEnglish -> inEnglish
                .filter(ContentQueries.term("language", "en"))
                .must(m -> m.multiMatch(
                        match -> match.query(words).fields(ENGLISH_FIELDS).minimumShouldMatch("2<75%")))));
    }

    /**
     * What the highlighted passages show: the reader's words, as the Danish analysis of the highlighted fields matches
     * them (a typo away too, when {@code forgivingTypos}), and the compounds they begin in a headline, where such a
     * compound counts for the ranking too: "klima" marks "Klimarådet" in a headline. Simpler than the query, which costs the highlighter for every field of every
     * result: which words are marked depends only on the terms, not on how the query weighs them.
     */
    private static Query passages(String words, boolean forgivingTypos) {
        var passages = new ArrayList<Query>();
        passages.add(Query.of(q -> q.multiMatch(m -> {
            m.query(words).fields(HIGHLIGHTED_FIELDS);
            return forgivingTypos ? m.fuzziness(TYPO_TOLERANCE).prefixLength(1) : m;
        })));
        if (Arrays.stream(words.trim().split("\\s+")).allMatch(word -> word.length() >= MIN_COMPOUND_PART)) {
            for (var word : words.trim().split("\\s+")) {
                var folded = folded(word);
                passages.add(Query.of(q -> q.prefix(p -> p.field("headline").value(folded))));
            }
        }
        return Query.of(q -> q.bool(b -> b.should(passages)));
    }

    /** A word as the Danish analysis indexes its letters: lower case, æ as ae, ø as o, å as a, no accents. */
    private static String folded(String word) {
        var lower = word.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /**
     * Danish joins words: "klima" should also find the headlines about klimamål and klimaplaner, whose words begin with
     * it. Only for words of four letters or more, so "by" does not bring every headline with a word starting "by".
     */
    private static Query beginningsOfCompounds(String words) {
        if (Arrays.stream(words.trim().split("\\s+")).anyMatch(word -> word.length() < MIN_COMPOUND_PART)) {
            return Query.of(q -> q.matchNone(none -> none));
        }
        return Query.of(q -> q.match(
                m -> m.field("suggest").query(words).operator(Operator.And).boost(HEADLINE_COMPOUNDS)));
    }

    private static List<Query> filters(SearchCriteria criteria, Instant now) {
        var filters = new ArrayList<Query>();
        filters.add(ContentQueries.visibleAt(now));
        if (!criteria.themes().isEmpty()) {
            if (criteria.allThemes()) {
                criteria.themes().forEach(theme -> filters.add(ContentQueries.term("themes.slug", theme)));
            } else {
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
            filters.add(Query.of(q -> q.bool(b -> b.should(ContentQueries.term("language", criteria.language()))
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
        var response = elasticsearch.search(
                search -> search.index(index.alias())
                        .size(0)
                        .suggest(suggest -> suggest.text(words)
                                .suggesters(
                                        "didYouMean",
                                        suggester -> suggester.phrase(phrase -> phrase.field("spelling")
                                                .size(1)
                                                .maxErrors(2.0)
                                                .confidence(0.0)
                                                .directGenerator(generator -> generator
                                                        .field("spelling")
                                                        .suggestMode(SuggestMode.Always)
                                                        .minWordLength(3)
                                                        .maxEdits(2))))),
                Map.class);
        var suggestions = response.suggest().get("didYouMean");
        if (suggestions == null || suggestions.isEmpty()) {
            return null;
        }
        return suggestions.getFirst().phrase().options().stream()
                .map(option -> option.text())
                .filter(text -> !text.equals(words.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    }

    private ContentItem toItem(Hit<Map> hit, SearchCriteria criteria) {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = hit.source();
        return items.toItem(document, criteria.fields(), hit.highlight());
    }

    private static List<FacetValue> terms(Aggregate aggregate) {
        if (aggregate == null) {
            return List.of();
        }
        return aggregate.sterms().buckets().array().stream()
                .map(bucket -> new FacetValue(bucket.key().stringValue(), bucket.docCount()))
                .toList();
    }

    private static List<FacetValue> months(Aggregate aggregate) {
        if (aggregate == null) {
            return List.of();
        }
        return aggregate.dateHistogram().buckets().array().stream()
                .map(bucket -> new FacetValue(bucket.keyAsString(), bucket.docCount()))
                .toList();
    }
}
