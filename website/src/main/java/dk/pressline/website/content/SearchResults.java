package dk.pressline.website.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

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

    public SearchResults {
        items = items == null ? List.of() : items;
        facets = facets == null ? new Facets(List.of(), List.of(), List.of(), List.of()) : facets;
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
