package dk.pressline.article.editing;

import dk.pressline.article.taxonomy.Taxonomy;
import dk.pressline.events.article.ArticleLink;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.article.Author;
import dk.pressline.events.article.Correction;
import dk.pressline.events.article.Image;
import dk.pressline.events.article.Section;
import dk.pressline.events.article.Theme;
import dk.pressline.platform.site.SiteUrl;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An article as readers get it: the snapshot every article event carries, names and links resolved. */
@Component
class ArticleSnapshots {

    private final Taxonomy taxonomy;
    private final ArticleRepository articles;
    private final SiteUrl site;

    ArticleSnapshots(Taxonomy taxonomy, ArticleRepository articles, SiteUrl site) {
        this.taxonomy = taxonomy;
        this.articles = articles;
        this.site = site;
    }

    ArticleSnapshot of(Article article) {
        var content = article.content();
        var section = taxonomy.section(content.sectionSlug()).orElseThrow();
        var image = Optional.ofNullable(content.leadImage())
                .map(lead -> new Image(lead.url(), lead.caption(), lead.credit(), lead.altText()))
                .orElse(null);
        var readAlso = content.readAlso().stream()
                .flatMap(id -> articles.find(id).stream())
                .map(linked -> new ArticleLink(
                        linked.id(), linked.content().slug(), linked.content().headline()))
                .toList();
        var canonicalUrl = content.canonicalUrl() != null ? content.canonicalUrl() : site.article(content.slug());
        return new ArticleSnapshot(
                article.id(),
                article.revision(),
                content.slug(),
                article.previousSlugs(),
                canonicalUrl,
                content.language(),
                content.headline(),
                content.teaser(),
                content.bodyHtml(),
                taxonomy.authors(content.authorIds()).stream()
                        .map(a -> new Author(a.id(), a.name()))
                        .toList(),
                content.signOff(),
                new Section(section.slug(), section.name()),
                taxonomy.themes(content.themeSlugs()).stream()
                        .map(t -> new Theme(t.slug(), t.name()))
                        .toList(),
                image,
                readAlso,
                content.source(),
                article.firstPublishedAt(),
                article.lastUpdatedAt(),
                article.corrections().stream()
                        .map(c -> new Correction(c.note(), c.correctedAt()))
                        .toList());
    }
}
