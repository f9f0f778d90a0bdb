package dk.pressline.search.feeds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The site's {@code sitemap.xml}, for search engines. */
@RestController
@Tag(name = "Feeds")
class SitemapController {

    private final Sitemap sitemap;

    SitemapController(Sitemap sitemap) {
        this.sitemap = sitemap;
    }

    @GetMapping("/sitemap.xml")
    @Operation(summary = "The sitemap of every published article, for search engines")
    @ApiResponse(
            responseCode = "200",
            description = "The sitemap",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = "string")))
    ResponseEntity<String> sitemap() throws IOException, XMLStreamException {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(sitemap.xml());
    }
}
