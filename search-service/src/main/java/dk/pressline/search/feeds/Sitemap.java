package dk.pressline.search.feeds;

import dk.pressline.platform.site.SiteUrl;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) of the published articles' addresses on the site, newest first, up to the
 * protocol's limit of 50,000 URLs per file; a larger archive would need a sitemap index. Written at most once per
 * the reader cache's time to live.
 */
@Component
class Sitemap {

    static final String CACHE = "sitemap";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int MAX_URLS = 50_000;

    private final LatestArticles articles;
    private final SiteUrl site;

    Sitemap(LatestArticles articles, SiteUrl site) {
        this.articles = articles;
        this.site = site;
    }

    @Cacheable(cacheNames = CACHE, key = "'sitemap.xml'", sync = true)
    public String xml() throws IOException, XMLStreamException {
        var out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        var failure = new XMLStreamException[1];
        articles.each(MAX_URLS, article -> {
            try {
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(site.article((String) article.get("slug")));
                xml.writeEndElement();
                xml.writeStartElement("lastmod");
                xml.writeCharacters(
                        Instant.parse((String) article.get("updatedAt")).toString());
                xml.writeEndElement();
                xml.writeEndElement();
            } catch (XMLStreamException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }
}
