package dk.pressline.website.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * One page of search-service's search results with the facet counts of the whole result set.
 *
 * @param page zero-based
 * @param didYouMean a corrected query, offered only when nothing matched
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchResults(
        List<ContentItem> items,
        int page,
        int size,
        long totalItems,
        long totalPages,
        String orderBy,
        Facets facets,
        String didYouMean) {

    /** search-service counts exactly up to this many matches and says this many when there are more. */
    static final long COUNTED_UP_TO = 10_000;

    public SearchResults {
        items = items == null ? List.of() : items;
        facets = facets == null ? new Facets(List.of(), List.of(), List.of(), List.of()) : facets;
    }

    /** The count as the search page says it: "1 resultat", "1.234 resultater", "mindst 10.000 resultater". */
    public String countInDanish() {
        var number =
                NumberFormat.getIntegerInstance(Locale.forLanguageTag("da-DK")).format(totalItems);
        if (totalItems >= COUNTED_UP_TO) {
            return "mindst " + number + " resultater";
        }
        return totalItems == 1 ? "1 resultat" : number + " resultater";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Facets(
            List<FacetValue> themes, List<FacetValue> sections, List<FacetValue> types, List<FacetValue> months) {

        public Facets {
            themes = themes == null ? List.of() : themes;
            sections = sections == null ? List.of() : sections;
            types = types == null ? List.of() : types;
            months = months == null ? List.of() : months;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FacetValue(String value, long count) {}

    /** A headline completing what the reader has typed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Suggestion(String id, String type, String slug, String headline) {}
}
