package dk.pressline.search.feeds;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The site's {@code sitemap.xml}, for search engines. */
@RestController
class SitemapController {

    private final Sitemap sitemap;

    SitemapController(Sitemap sitemap) {
        this.sitemap = sitemap;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws IOException, XMLStreamException {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(sitemap.xml());
    }
}
