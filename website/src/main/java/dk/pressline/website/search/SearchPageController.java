package dk.pressline.website.search;

import dk.pressline.website.content.ReaderContent;
import dk.pressline.website.content.SearchResults;
import dk.pressline.website.content.ThemeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClientException;

/** The search page, and the suggestions its search box asks for while the reader types. */
@Controller
class SearchPageController {

    private static final Logger log = LoggerFactory.getLogger(SearchPageController.class);
    static final Map<String, String> TYPE_NAMES =
            Map.of("article", "Artikler", "event", "Arrangementer", "job", "Job", "sponsored", "Sponseret");

    private final ReaderContent content;
    private final ThemeNames themeNames;

    SearchPageController(ReaderContent content, ThemeNames themeNames) {
        this.content = content;
        this.themeNames = themeNames;
    }

    /** A theme, content type or page as the page offers it. */
    record Option(String value, String label, long count, boolean selected) {}

    record PageLink(int number, String url, boolean current) {}

    @GetMapping("/soeg")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(name = "tema", required = false) List<String> themes,
            @RequestParam(required = false) String match,
            @RequestParam(required = false) String type,
            @RequestParam(name = "sortering", required = false) String sort,
            @RequestParam(name = "side", required = false) Integer page,
            Model model) {
        var form = SearchForm.of(q, themes, match, type, sort, page);
        var results = content.search(form.searchQuery());
        model.addAttribute("form", form);
        model.addAttribute("results", results);
        model.addAttribute("typeNames", TYPE_NAMES);
        model.addAttribute("themeOptions", themeOptions(form, results));
        model.addAttribute("typeOptions", typeOptions(form, results));
        model.addAttribute(
                "pageLinks",
                form.pageNumbers(results.totalPages()).stream()
                        .map(number -> new PageLink(number, form.pageUrl(number), number == form.page()))
                        .toList());
        model.addAttribute("previousUrl", form.page() > 1 ? form.pageUrl(form.page() - 1) : null);
        model.addAttribute(
                "nextUrl",
                form.page() < Math.min(results.totalPages(), SearchForm.LAST_PAGE)
                        ? form.pageUrl(form.page() + 1)
                        : null);
        model.addAttribute(
                "didYouMeanUrl",
                results.didYouMean() == null
                        ? null
                        : SearchForm.of(
                                        results.didYouMean(),
                                        form.themes(),
                                        form.allThemes() ? null : "enhver",
                                        form.type(),
                                        form.sort(),
                                        1)
                                .pageUrl(1));
        return "search";
    }

    /** What the search box proposes while the reader types: headlines and where they lead. */
    record Suggestion(String headline, String url) {}

    @GetMapping(path = "/soeg/forslag", produces = "application/json")
    @ResponseBody
    ResponseEntity<List<Suggestion>> suggestions(@RequestParam(required = false) String q) {
        if (q == null || q.isBlank() || q.strip().length() > 100) {
            return ResponseEntity.ok(List.of());
        }
        try {
            return ResponseEntity.ok(content.suggestions(q.strip()).stream()
                    .filter(suggestion -> suggestion.headline() != null)
                    .map(suggestion -> new Suggestion(
                            suggestion.headline(),
                            "article".equals(suggestion.type()) && suggestion.slug() != null
                                    ? "/artikel/" + suggestion.slug()
                                    : null))
                    .toList());
        } catch (RestClientException e) {
            log.warn("Suggestions are unavailable: {}", e.getMessage());
            return ResponseEntity.status(503).body(List.of());
        }
    }

    private List<Option> themeOptions(SearchForm form, SearchResults results) {
        var options = new ArrayList<Option>();
        results.facets()
                .themes()
                .forEach(facet -> options.add(new Option(
                        facet.value(), themeNames.nameOf(facet.value()), facet.count(), form.hasTheme(facet.value()))));
        form.themes().stream()
                .filter(theme ->
                        options.stream().noneMatch(option -> option.value().equals(theme)))
                .forEach(theme -> options.add(new Option(theme, themeNames.nameOf(theme), 0, true)));
        return options;
    }

    private static List<Option> typeOptions(SearchForm form, SearchResults results) {
        var options = new ArrayList<Option>();
        long all = results.facets().types().stream()
                .mapToLong(SearchResults.FacetValue::count)
                .sum();
        options.add(new Option("", "Alle", all, form.type() == null));
        for (var type : SearchForm.TYPES) {
            long count = results.facets().types().stream()
                    .filter(facet -> facet.value().equals(type))
                    .mapToLong(SearchResults.FacetValue::count)
                    .sum();
            options.add(new Option(type, TYPE_NAMES.get(type), count, type.equals(form.type())));
        }
        return options;
    }
}
