package dk.pressline.search.search;

import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.search.content.ReaderPaging;
import dk.pressline.search.search.SearchResults.Suggestion;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The readers' search API, modelled on the Guardian Content API; anonymous. */
@RestController
@RequestMapping("/api/search")
class SearchController {

    private static final int DEFAULT_SUGGESTIONS = 8;
    private static final int MAX_SUGGESTIONS = 10;

    private final ContentSearch search;

    SearchController(ContentSearch search) {
        this.search = search;
    }

    @GetMapping
    SearchResults search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String themes,
            @RequestParam(name = "themes-match", required = false) String themesMatch,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String language,
            @RequestParam(name = "from-date", required = false) String fromDate,
            @RequestParam(name = "to-date", required = false) String toDate,
            @RequestParam(name = "order-by", required = false) String orderBy,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page-size", required = false) String pageSize,
            @RequestParam(name = "show-fields", required = false) String showFields) throws IOException {
        return search.search(SearchCriteria.parse(q, themes, themesMatch, section, type, language, fromDate, toDate,
                orderBy, page, pageSize, showFields));
    }

    @GetMapping("/suggestions")
    List<Suggestion> suggestions(@RequestParam String q, @RequestParam(required = false) String size)
            throws IOException {
        if (q.isBlank() || q.length() > 100) {
            throw new InvalidInputException("q", "must be between 1 and 100 characters");
        }
        return search.suggest(q.trim(), ReaderPaging.size("size", size, DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS));
    }
}
