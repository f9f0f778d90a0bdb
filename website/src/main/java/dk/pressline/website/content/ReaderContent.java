package dk.pressline.website.content;

import dk.pressline.website.config.Upstreams;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/** search-service's reader API: search, suggestions, article pages, events and jobs. */
@Component
public class ReaderContent {

    private static final int LISTING_SIZE = 20;

    private final RestClient searchService;
    private final ThemeNames themeNames;

    ReaderContent(Upstreams upstreams, ThemeNames themeNames) {
        this.searchService = upstreams.searchService();
        this.themeNames = themeNames;
    }

    /** One page of what the query finds, with the facet counts of everything it finds. */
    public SearchResults search(SearchQuery query) {
        var results = searchService
                .get()
                .uri(uri -> query.parameters().build(uri.path("/api/search")))
                .retrieve()
                .body(SearchResults.class);
        themeNames.learnFrom(results.items());
        return results;
    }

    public List<SearchResults.Suggestion> suggestions(String typed) {
        var suggestions = searchService
                .get()
                .uri(uri -> new QueryParameters().add("q", typed).build(uri.path("/api/search/suggestions")))
                .retrieve()
                .body(new ParameterizedTypeReference<List<SearchResults.Suggestion>>() {});
        return suggestions == null ? List.of() : suggestions;
    }

    /** What a slug leads to: an article page, or the current slug of an article that has moved. */
    public sealed interface ArticleLookup {}

    public record Found(ArticlePage page) implements ArticleLookup {}

    public record Moved(String currentSlug) implements ArticleLookup {}

    public Optional<ArticleLookup> article(String slug) {
        return searchService
                .get()
                .uri(uri -> uri.path("/api/content/{slug}").build(slug))
                .exchange((request, response) -> {
                    var status = response.getStatusCode();
                    if (status.is2xxSuccessful()) {
                        var page = response.bodyTo(ArticlePage.class);
                        themeNames.learnFrom(List.of(page.article()));
                        themeNames.learnFrom(page.readAlso());
                        return Optional.<ArticleLookup>of(new Found(page));
                    }
                    if (status.isSameCodeAs(HttpStatus.MOVED_PERMANENTLY)
                            || status.isSameCodeAs(HttpStatus.PERMANENT_REDIRECT)) {
                        var location = response.getHeaders().getLocation();
                        if (location != null) {
                            return Optional.<ArticleLookup>of(new Moved(lastSegment(location)));
                        }
                    }
                    if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
                        return Optional.<ArticleLookup>empty();
                    }
                    throw new HttpServerErrorException(
                            HttpStatus.BAD_GATEWAY,
                            "search-service answered " + status.value() + " for article " + slug);
                });
    }

    /** Events from today on, soonest first. */
    public Listing events(String place, LocalDate from, LocalDate to, int page) {
        var parameters = new QueryParameters()
                .add("place", place)
                .add("from", from == null ? null : from.toString())
                .add("to", to == null ? null : to.toString())
                .add("page", String.valueOf(page))
                .add("size", String.valueOf(LISTING_SIZE));
        return searchService
                .get()
                .uri(uri -> parameters.build(uri.path("/api/events")))
                .retrieve()
                .body(Listing.class);
    }

    /** Job ads whose deadline has not passed, newest first. */
    public Listing jobs(int page) {
        return searchService
                .get()
                .uri(uri -> uri.path("/api/jobs")
                        .queryParam("page", page)
                        .queryParam("size", LISTING_SIZE)
                        .build())
                .retrieve()
                .body(Listing.class);
    }

    private static String lastSegment(URI location) {
        var path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
