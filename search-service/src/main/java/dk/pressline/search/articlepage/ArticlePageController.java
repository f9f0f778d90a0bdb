package dk.pressline.search.articlepage;

import dk.pressline.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Article pages for readers, by slug; an old slug answers 301 with the current one. */
@RestController
@Tag(name = "Article pages", description = "An article as readers read it, with \"Læs også\" and the related feed")
class ArticlePageController {

    private final ArticlePages pages;
    private final ImpressionRecorder impressions;

    ArticlePageController(ArticlePages pages, ImpressionRecorder impressions) {
        this.pages = pages;
        this.impressions = impressions;
    }

    /**
     * The page. A caller that serves it on to a reader (the website) passes the reader's address in
     * {@code X-Forwarded-For} and the reader's {@code User-Agent}, so its impressions are the reader's.
     */
    @GetMapping("/api/content/{slug}")
    @Operation(summary = "Read an article page by its slug; an earlier slug answers 301 to the current one")
    @ApiResponse(responseCode = "200", description = "The article page, with its related feed")
    @ApiResponse(
            responseCode = "301",
            description = "The slug is an earlier one of the article; Location has the " + "current one",
            headers = @Header(name = "Location", description = "The page by its current slug"))
    ResponseEntity<ArticlePage> page(@PathVariable String slug, HttpServletRequest request) throws IOException {
        var lookup = pages.bySlug(slug, impressions.viewerOf(request))
                .orElseThrow(() -> new NotFoundException("Article " + slug));
        return switch (lookup) {
            case ArticlePages.Found found -> ResponseEntity.ok(found.page());
            case ArticlePages.Moved moved ->
                ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .location(URI.create("/api/content/" + moved.currentSlug()))
                        .build();
        };
    }
}
