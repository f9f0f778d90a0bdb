package dk.pressline.search.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.pressline.search.content.ContentItem;
import dk.pressline.search.content.ReaderPaging;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of search results with the facet counts of the whole result set, in the paged answer every list has
 * ({@code items}, {@code page}, {@code size}, {@code totalItems}, {@code totalPages}). The names this answer had
 * before ({@code results}, {@code pageSize}, {@code total}, {@code pages}) are still sent beside them, deprecated,
 * for the clients that read them.
 *
 * @param page zero-based
 * @param didYouMean a corrected query, offered only when nothing matched and a correction does
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResults(
        List<ContentItem> items,
        int page,
        int size,

        @Schema(
                description = "Exact up to " + ReaderPaging.MAX_RESULT_WINDOW
                        + ", as many results as can be paged through; that many when at least that many match")
        long totalItems,

        long totalPages,
        String orderBy,
        Facets facets,
        String didYouMean) {

    public static SearchResults of(
            List<ContentItem> items, SearchCriteria criteria, long totalItems, Facets facets, String didYouMean) {
        return new SearchResults(
                List.copyOf(items),
                criteria.page(),
                criteria.size(),
                totalItems,
                (totalItems + criteria.size() - 1) / criteria.size(),
                criteria.orderBy().parameterValue(),
                facets,
                didYouMean);
    }

    @JsonProperty("results")
    @Schema(deprecated = true, description = "The old name of items")
    List<ContentItem> results() {
        return items;
    }

    @JsonProperty("pageSize")
    @Schema(deprecated = true, description = "The old name of size")
    int pageSize() {
        return size;
    }

    @JsonProperty("total")
    @Schema(deprecated = true, description = "The old name of totalItems")
    long total() {
        return totalItems;
    }

    @JsonProperty("pages")
    @Schema(deprecated = true, description = "The old name of totalPages")
    long pages() {
        return totalPages;
    }

    /** Counts per value, most frequent first; months as {@code yyyy-MM} in Danish time, newest first. */
    public record Facets(
            List<FacetValue> themes, List<FacetValue> sections, List<FacetValue> types, List<FacetValue> months) {}

    public record FacetValue(String value, long count) {}

    /** A headline completing what the reader has typed so far; events and jobs have no slug. */
    public record Suggestion(
            String id, String type, @Schema(nullable = true) String slug, String headline) {}
}
