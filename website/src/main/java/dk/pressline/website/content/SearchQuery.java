package dk.pressline.website.content;

import java.util.List;

/**
 * A search as search-service's {@code /api/search} takes it, built by what it asks for:
 * {@code SearchQuery.articles().newestFirst().inTheme("klima").page(0, 4)}. Each step returns a new query.
 *
 * @param words what the reader typed; {@code null} lists everything the filters let through
 * @param themes theme slugs; {@code allThemes} asks for results carrying every one of them, otherwise any one
 * @param type one content type, or {@code null} for all
 * @param order {@code null} for the service's default: relevance with words, newest without
 * @param page zero-based
 * @param facets what the results are counted by ({@code themes}, {@code sections}, {@code types}, {@code months});
 *     search-service counts only what it is asked to, since counting visits every result
 */
public record SearchQuery(
        String words,
        List<String> themes,
        boolean allThemes,
        String type,
        Order order,
        int page,
        int size,
        List<String> facets) {

    /** The page size search-service uses when none is asked for. */
    public static final int DEFAULT_SIZE = 10;

    public SearchQuery {
        themes = List.copyOf(themes);
        facets = List.copyOf(facets);
    }

    public enum Order {
        RELEVANCE("relevance"),
        NEWEST("newest"),
        OLDEST("oldest");

        private final String parameterValue;

        Order(String parameterValue) {
            this.parameterValue = parameterValue;
        }
    }

    /** Every type of content, on the first page. */
    public static SearchQuery everything() {
        return new SearchQuery(null, List.of(), true, null, null, 0, DEFAULT_SIZE, List.of());
    }

    public static SearchQuery articles() {
        return everything().ofType("article");
    }

    public SearchQuery matching(String words) {
        return new SearchQuery(words, themes, allThemes, type, order, page, size, facets);
    }

    public SearchQuery ofType(String type) {
        return new SearchQuery(words, themes, allThemes, type, order, page, size, facets);
    }

    public SearchQuery inTheme(String theme) {
        return inAllThemes(List.of(theme));
    }

    public SearchQuery inAllThemes(List<String> themes) {
        return new SearchQuery(words, themes, true, type, order, page, size, facets);
    }

    public SearchQuery inAnyTheme(List<String> themes) {
        return new SearchQuery(words, themes, false, type, order, page, size, facets);
    }

    public SearchQuery newestFirst() {
        return orderedBy(Order.NEWEST);
    }

    /** @param order {@code null} for the service's default */
    public SearchQuery orderedBy(Order order) {
        return new SearchQuery(words, themes, allThemes, type, order, page, size, facets);
    }

    /** @param page zero-based */
    public SearchQuery page(int page, int size) {
        return new SearchQuery(words, themes, allThemes, type, order, page, size, facets);
    }

    /** Counts the results by these facets too: {@code themes}, {@code sections}, {@code types}, {@code months}. */
    public SearchQuery countedBy(String... facets) {
        return new SearchQuery(words, themes, allThemes, type, order, page, size, List.of(facets));
    }

    QueryParameters parameters() {
        return new QueryParameters()
                .add("q", words)
                .add("themes", themes.isEmpty() ? null : String.join(",", themes))
                .add("themes-match", themes.isEmpty() ? null : allThemes ? "all" : "any")
                .add("type", type)
                .add("order-by", order == null ? null : order.parameterValue)
                .add("page", String.valueOf(page))
                .add("size", String.valueOf(size))
                .add("show-facets", facets.isEmpty() ? null : String.join(",", facets));
    }
}
