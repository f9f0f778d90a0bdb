package dk.pressline.website.search;

import dk.pressline.website.content.SearchQuery;
import dk.pressline.website.content.SearchQuery.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A reader's search as the page's parameters hold it, made safe: unknown sort orders and types are ignored, the page
 * number is kept within what search-service serves.
 *
 * @param themes theme slugs ticked; {@code allThemes} asks for results carrying every one of them
 * @param sort relevans, nyeste or aeldste; {@code null} for the default (relevance when words are given)
 * @param page one-based
 */
record SearchForm(String query, List<String> themes, boolean allThemes, String type, String sort, int page) {

    static final int PAGE_SIZE = 10;
    /** search-service serves the first 10,000 results. */
    static final int LAST_PAGE = 10_000 / PAGE_SIZE;

    static final Map<String, Order> ORDERS =
            Map.of("relevans", Order.RELEVANCE, "nyeste", Order.NEWEST, "aeldste", Order.OLDEST);
    static final List<String> TYPES = List.of("article", "event", "job", "sponsored");

    static SearchForm of(String query, List<String> themes, String match, String type, String sort, Integer page) {
        var words = query == null || query.isBlank() ? null : query.strip();
        if (words != null && words.length() > 200) {
            words = words.substring(0, 200);
        }
        var ticked = themes == null
                ? List.<String>of()
                : themes.stream()
                        .filter(theme -> theme != null && theme.matches("[a-z0-9-]{1,80}"))
                        .distinct()
                        .toList();
        var sortOrder = sort == null ? null : sort.toLowerCase(Locale.ROOT).replace("æ", "ae");
        return new SearchForm(
                words,
                ticked,
                !"enhver".equals(match),
                type != null && TYPES.contains(type) ? type : null,
                sortOrder != null && ORDERS.containsKey(sortOrder) ? sortOrder : null,
                page == null ? 1 : Math.max(1, Math.min(page, LAST_PAGE)));
    }

    Order order() {
        return sort == null ? null : ORDERS.get(sort);
    }

    /** What search-service is asked for this page of the search. */
    SearchQuery searchQuery() {
        var search = SearchQuery.everything().matching(query).ofType(type).orderedBy(order());
        return (allThemes ? search.inAllThemes(themes) : search.inAnyTheme(themes))
                .page(page - 1, PAGE_SIZE)
                .countedBy("themes", "types");
    }

    boolean hasTheme(String slug) {
        return themes.contains(slug);
    }

    /** The link to another page of the same search. */
    String pageUrl(int number) {
        var url = UriComponentsBuilder.fromPath("/soeg");
        if (query != null) {
            url.queryParam("q", query);
        }
        themes.forEach(theme -> url.queryParam("tema", theme));
        if (themes.size() > 1 && !allThemes) {
            url.queryParam("match", "enhver");
        }
        if (type != null) {
            url.queryParam("type", type);
        }
        if (sort != null) {
            url.queryParam("sortering", sort);
        }
        if (number > 1) {
            url.queryParam("side", number);
        }
        return url.encode().build().toUriString();
    }

    /** The page links to show: the first, the last and those around the current one. */
    List<Integer> pageNumbers(long pages) {
        var last = (int) Math.min(pages, LAST_PAGE);
        var numbers = new ArrayList<Integer>();
        for (int number = 1; number <= last; number++) {
            if (number == 1 || number == last || Math.abs(number - page) <= 2) {
                numbers.add(number);
            }
        }
        return numbers;
    }
}
