package dk.pressline.search.indexing;

import dk.pressline.events.article.ArticleSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;

/** A published article as a document of the content index: searchable text, filters, and what a page shows. */
final class ArticleDocuments {

    static final String TYPE = ContentType.ARTICLE.value();

    private ArticleDocuments() {}

    static Map<String, Object> of(ArticleSnapshot article) {
        var document = new LinkedHashMap<String, Object>();
        document.put("type", TYPE);
        document.put("id", article.articleId().toString());
        document.put("revision", article.revision());
        document.put("slug", article.slug());
        document.put("previousSlugs", article.previousSlugs());
        document.put("language", article.language());
        document.put("headline", article.headline());
        document.put("teaser", article.teaser());
        document.put("body", Jsoup.parse(article.bodyHtml()).text());
        document.put("bodyHtml", article.bodyHtml());
        document.put("suggest", article.headline());
        document.put(
                "section",
                Map.of(
                        "slug",
                        article.section().slug(),
                        "name",
                        article.section().name()));
        document.put(
                "themes",
                article.themes().stream()
                        .map(theme -> Map.of("slug", theme.slug(), "name", theme.name()))
                        .toList());
        document.put(
                "authors",
                article.authors().stream()
                        .map(author -> Map.of("id", author.authorId(), "name", author.name()))
                        .toList());
        document.put("signOff", article.signOff());
        document.put("canonicalUrl", article.canonicalUrl());
        document.put("source", article.source());
        document.put("leadImage", article.leadImage());
        document.put(
                "readAlso",
                article.readAlso().stream()
                        .map(link -> Map.of(
                                "articleId",
                                link.articleId().toString(),
                                "slug",
                                link.slug(),
                                "headline",
                                link.headline()))
                        .toList());
        document.put(
                "corrections",
                article.corrections().stream()
                        .map(correction -> Map.of(
                                "note",
                                correction.note(),
                                "correctedAt",
                                correction.correctedAt().toString()))
                        .toList());
        document.put("publishedAt", article.firstPublishedAt().toString());
        document.put("updatedAt", article.lastUpdatedAt().toString());
        return document;
    }
}
