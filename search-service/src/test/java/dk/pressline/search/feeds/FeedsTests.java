package dk.pressline.search.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dk.pressline.events.PresslineEvent;
import dk.pressline.search.Content;
import dk.pressline.search.ReaderApiTestBase;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** RSS 2.0 and Atom feeds of the latest articles, overall and per theme, and the sitemap. */
class FeedsTests extends ReaderApiTestBase {

    final Content.ArticleBuilder newest = Content.article("Ny lov om grønne tage & solceller")
            .themes("klima", "byer")
            .publishedAt(Instant.parse("2026-11-26T06:00:00Z"));
    final Content.ArticleBuilder middle = Content.article("Virksomheder rapporterer efter CSRD")
            .themes("esg")
            .publishedAt(Instant.parse("2026-11-20T06:00:00Z"));
    final Content.ArticleBuilder oldest = Content.article("Klimarådet: målet er inden for rækkevidde")
            .themes("klima")
            .publishedAt(Instant.parse("2026-10-01T06:00:00Z"));

    @Override
    protected List<PresslineEvent> corpus() {
        return List.of(oldest.published(), newest.published(), middle.published());
    }

    @Test
    void servesTheLatestArticlesAsAValidRss2Feed() throws Exception {
        var feed = feed("/feeds/articles.rss", "application/rss+xml");

        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(titles(feed))
                .containsExactly(
                        newest.snapshot().headline(),
                        middle.snapshot().headline(),
                        oldest.snapshot().headline());
        var entry = feed.getEntries().getFirst();
        assertThat(entry.getDescription().getValue())
                .isEqualTo(newest.snapshot().teaser());
        assertThat(entry.getPublishedDate().toInstant())
                .isEqualTo(newest.snapshot().firstPublishedAt());
    }

    @Test
    void servesTheLatestArticlesAsAValidAtomFeed() throws Exception {
        var feed = feed("/feeds/articles.atom", "application/atom+xml");

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(titles(feed)).hasSize(3);
        assertThat(feed.getEntries().getFirst().getUri())
                .isEqualTo("urn:uuid:" + newest.snapshot().articleId());
        assertThat(feed.getEntries().getFirst().getAuthors().getFirst().getName())
                .isEqualTo("Mette Holm");
    }

    @Test
    void linksEveryFeedAndEveryEntryToTheConfiguredSite() throws Exception {
        for (var path : List.of("/feeds/articles.rss", "/feeds/articles.atom", "/feeds/themes/klima.rss")) {
            var feed = feed(path, path.endsWith(".rss") ? "application/rss+xml" : "application/atom+xml");

            assertThat(feed.getLink()).as(path).isEqualTo(SITE_URL + "/");
            assertThat(feed.getEntries().getFirst().getLink())
                    .as(path)
                    .isEqualTo(SITE_URL + "/artikel/" + newest.snapshot().slug())
                    .isNotEqualTo(newest.snapshot().canonicalUrl());
        }
        assertThat(feed("/feeds/articles.atom", "application/atom+xml").getUri())
                .isEqualTo(SITE_URL + "/feeds/articles.atom");
    }

    @Test
    void servesAFeedPerTheme() throws Exception {
        assertThat(titles(feed("/feeds/themes/klima.rss", "application/rss+xml")))
                .containsExactly(newest.snapshot().headline(), oldest.snapshot().headline());
        var atom = feed("/feeds/themes/esg.atom", "application/atom+xml");
        assertThat(titles(atom)).containsExactly(middle.snapshot().headline());
        assertThat(atom.getTitle()).isEqualTo("Pressline: Esg");
    }

    @Test
    void listsEveryPublishedArticlesAddressOnTheConfiguredSiteInTheSitemap() throws Exception {
        var response = api().get("/sitemap.xml");
        assertThat(response.status()).isEqualTo(200);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        var locations = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        var urls = new ArrayList<String>();
        for (int i = 0; i < locations.getLength(); i++) {
            urls.add(locations.item(i).getTextContent());
        }
        assertThat(urls)
                .containsExactly(
                        SITE_URL + "/artikel/" + newest.snapshot().slug(),
                        SITE_URL + "/artikel/" + middle.snapshot().slug(),
                        SITE_URL + "/artikel/" + oldest.snapshot().slug());
    }

    private SyndFeed feed(String path, String contentType) throws Exception {
        var response = api().get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }
}
