package dk.pressline.search.search;

import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.search.content.ReaderPaging;
import dk.pressline.search.search.SearchResults.Suggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The readers' search API, modelled on the Guardian Content API; anonymous. */
@RestController
@RequestMapping("/api/search")
@Tag(name = "Search", description = "Readers search articles, events and jobs")
class SearchController {

    private static final int DEFAULT_SUGGESTIONS = 8;
    private static final int MAX_SUGGESTIONS = 10;

    private final ContentSearch search;

    SearchController(ContentSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Search, however the words are inflected, with highlights, facets and \"did you mean\"")
    SearchResults search(
            @Parameter(
                            description = "The words searched for, at most 200 characters; none lists everything that "
                                    + "matches the filters")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "Theme slugs, separated by commas", example = "klima,energi")
                    @RequestParam(required = false)
                    String themes,
            @Parameter(
                            description = "Whether a result must carry all the themes or any one",
                            schema =
                                    @Schema(
                                            allowableValues = {"all", "any"},
                                            defaultValue = "all"))
                    @RequestParam(name = "themes-match", required = false)
                    String themesMatch,
            @Parameter(description = "A section's slug") @RequestParam(required = false) String section,
            @Parameter(description = "Content types, separated by commas", example = "article,event")
                    @RequestParam(required = false)
                    String type,
            @Parameter(description = "A two-letter language code", example = "da") @RequestParam(required = false)
                    String language,
            @Parameter(description = "Published on or after this day", schema = @Schema(format = "date"))
                    @RequestParam(name = "from-date", required = false)
                    String fromDate,
            @Parameter(description = "Published on or before this day", schema = @Schema(format = "date"))
                    @RequestParam(name = "to-date", required = false)
                    String toDate,
            @Parameter(
                            description = "relevance (the default with words), newest (without) or oldest",
                            schema = @Schema(allowableValues = {"relevance", "newest", "oldest"}))
                    @RequestParam(name = "order-by", required = false)
                    String orderBy,
            @Parameter(
                            description = "Which page, counted from 0; only the first " + ReaderPaging.MAX_RESULT_WINDOW
                                    + " results can be paged through",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "0",
                                            maximum = "9999",
                                            defaultValue = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "How many results a page holds",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + SearchCriteria.MAX_SIZE,
                                            defaultValue = "" + SearchCriteria.DEFAULT_SIZE))
                    @RequestParam(required = false)
                    String size,
            @Parameter(
                            description = "The old name of size, read when size is not given",
                            deprecated = true,
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + SearchCriteria.MAX_SIZE))
                    @RequestParam(name = SearchCriteria.OLD_SIZE_PARAMETER, required = false)
                    String oldSize,
            @Parameter(
                            description = "The fields each result carries besides those it always has, separated by "
                                    + "commas; all for every field")
                    @RequestParam(name = "show-fields", required = false)
                    String showFields,
            @Parameter(
                            description = "What to count the results by, separated by commas: themes, sections, types, "
                                    + "months, or all; the facets not asked for are empty. Counting looks at every result, so ask "
                                    + "only for what the page shows",
                            example = "themes,types")
                    @RequestParam(name = "show-facets", required = false)
                    String showFacets)
            throws IOException {
        return search.search(SearchCriteria.parse(
                q,
                themes,
                themesMatch,
                section,
                type,
                language,
                fromDate,
                toDate,
                orderBy,
                page,
                size,
                oldSize,
                showFields,
                showFacets));
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Suggest headlines that complete what the reader has typed so far")
    List<Suggestion> suggestions(
            @Parameter(description = "What the reader has typed, 1 to 100 characters") @RequestParam String q,
            @Parameter(
                            description = "How many suggestions at most",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + MAX_SUGGESTIONS,
                                            defaultValue = "" + DEFAULT_SUGGESTIONS))
                    @RequestParam(required = false)
                    String size)
            throws IOException {
        if (q.isBlank() || q.length() > 100) {
            throw new InvalidInputException("q", "must be between 1 and 100 characters");
        }
        return search.suggest(q.trim(), ReaderPaging.size("size", size, DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS));
    }
}
