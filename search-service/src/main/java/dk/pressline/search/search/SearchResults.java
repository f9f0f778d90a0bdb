package dk.pressline.search.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pressline.search.content.ContentItem;
import java.util.List;

/**
 * One page of search results with the facet counts of the whole result set.
 *
 * @param didYouMean a corrected query, offered only when nothing matched and a correction does
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResults(
        long total,
        int page,
        int pageSize,
        long pages,
        String orderBy,
        List<ContentItem> results,
        Facets facets,
        String didYouMean) {

    /** Counts per value, most frequent first; months as {@code yyyy-MM} in Danish time, newest first. */
    public record Facets(List<FacetValue> themes, List<FacetValue> sections, List<FacetValue> types,
            List<FacetValue> months) {
    }

    public record FacetValue(String value, long count) {
    }

    /** A headline completing what the reader has typed so far. */
    public record Suggestion(String id, String type, String slug, String headline) {
    }
}
