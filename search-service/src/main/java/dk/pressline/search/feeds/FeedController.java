package dk.pressline.search.feeds;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dk.pressline.platform.apidocs.AnswersAnyPathVariable;
import dk.pressline.platform.site.SiteUrl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * RSS 2.0 and Atom 1.0 feeds of the latest articles, overall and per theme; written by Rome. Every link leads to the
 * site: an entry to its article's address there, whatever canonical URL the article's event carried.
 */
@RestController
@Tag(name = "Feeds", description = "RSS and Atom feeds of the latest articles, and the sitemap")
class FeedController {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 30;

    private final LatestArticles articles;
    private final SiteUrl site;

    FeedController(LatestArticles articles, SiteUrl site) {
        this.articles = articles;
        this.site = site;
    }

    @GetMapping("/feeds/articles.rss")
    @Operation(summary = "RSS 2.0 feed of the latest articles")
    @ApiResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = "string")))
    ResponseEntity<String> rss() throws IOException, FeedException {
        return feed("rss_2.0", RSS, null, "/feeds/articles.rss");
    }

    @GetMapping("/feeds/articles.atom")
    @Operation(summary = "Atom 1.0 feed of the latest articles")
    @ApiResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string")))
    ResponseEntity<String> atom() throws IOException, FeedException {
        return feed("atom_1.0", ATOM, null, "/feeds/articles.atom");
    }

    @GetMapping("/feeds/themes/{theme}.rss")
    @Operation(summary = "RSS 2.0 feed of a theme's latest articles; an unknown theme's is empty")
    @AnswersAnyPathVariable
    @ApiResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = "string")))
    ResponseEntity<String> themeRss(@PathVariable String theme) throws IOException, FeedException {
        return feed("rss_2.0", RSS, theme, "/feeds/themes/" + theme + ".rss");
    }

    @GetMapping("/feeds/themes/{theme}.atom")
    @Operation(summary = "Atom 1.0 feed of a theme's latest articles; an unknown theme's is empty")
    @AnswersAnyPathVariable
    @ApiResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string")))
    ResponseEntity<String> themeAtom(@PathVariable String theme) throws IOException, FeedException {
        return feed("atom_1.0", ATOM, theme, "/feeds/themes/" + theme + ".atom");
    }

    private ResponseEntity<String> feed(String type, MediaType mediaType, String theme, String path)
            throws IOException, FeedException {
        var latest = articles.latest(theme, ENTRIES);
        var feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(theme == null ? "Pressline: seneste artikler" : "Pressline: " + themeName(latest, theme));
        feed.setDescription("De seneste artikler fra Pressline");
        feed.setLink(site.link("/"));
        feed.setUri(site.link(path));
        feed.setLanguage("da");
        feed.setPublishedDate(
                latest.isEmpty() ? new Date(0) : date(latest.getFirst().get("updatedAt")));
        feed.setEntries(latest.stream().map(this::entry).toList());
        return ResponseEntity.ok().contentType(mediaType).body(new SyndFeedOutput().outputString(feed));
    }

    private SyndEntry entry(Map<String, Object> article) {
        var entry = new SyndEntryImpl();
        entry.setTitle((String) article.get("headline"));
        entry.setLink(site.article((String) article.get("slug")));
        entry.setUri("urn:uuid:" + article.get("id"));
        entry.setPublishedDate(date(article.get("publishedAt")));
        entry.setUpdatedDate(date(article.get("updatedAt")));
        var teaser = new SyndContentImpl();
        teaser.setType("text/plain");
        teaser.setValue((String) article.get("teaser"));
        entry.setDescription(teaser);
        @SuppressWarnings("unchecked")
        var authors = (List<Map<String, Object>>) article.getOrDefault("authors", List.of());
        entry.setAuthors(authors.stream()
                .map(author -> {
                    var person = new SyndPersonImpl();
                    person.setName((String) author.get("name"));
                    return (com.rometools.rome.feed.synd.SyndPerson) person;
                })
                .toList());
        @SuppressWarnings("unchecked")
        var themes = (List<Map<String, Object>>) article.getOrDefault("themes", List.of());
        entry.setCategories(themes.stream()
                .map(theme -> {
                    var category = new SyndCategoryImpl();
                    category.setName((String) theme.get("name"));
                    return (com.rometools.rome.feed.synd.SyndCategory) category;
                })
                .toList());
        return entry;
    }

    @SuppressWarnings("unchecked")
    private static String themeName(List<Map<String, Object>> articles, String slug) {
        return articles.stream()
                .flatMap(article -> ((List<Map<String, Object>>) article.getOrDefault("themes", List.of())).stream())
                .filter(theme -> slug.equals(theme.get("slug")))
                .map(theme -> (String) theme.get("name"))
                .findFirst()
                .orElse(slug);
    }

    static Date date(Object isoInstant) {
        return Date.from(Instant.parse((String) isoInstant));
    }
}
