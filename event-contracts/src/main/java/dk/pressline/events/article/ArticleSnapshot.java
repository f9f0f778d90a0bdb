package dk.pressline.events.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The full published state of an article, as every article event carries it.
 *
 * @param revision increases with every save of the article; a consumer never lets a lower revision overwrite a
 *     higher one it has already applied
 * @param previousSlugs slugs the article was published under before, oldest first, for redirects
 * @param language {@code "da"} or {@code "en"}
 * @param bodyHtml sanitised HTML, safe to render as is
 * @param signOff the desk's initials under the article; {@code null} when there is none
 * @param leadImage {@code null} when the article has no lead image
 * @param readAlso the editor's ordered "Læs også" picks
 * @param source the source credited for the story (e.g. a news agency); {@code null} when there is none
 * @param corrections every correction made since first publication, oldest first
 */
public record ArticleSnapshot(
        UUID articleId,
        long revision,
        String slug,
        List<String> previousSlugs,
        String canonicalUrl,
        String language,
        String headline,
        String teaser,
        String bodyHtml,
        List<Author> authors,
        String signOff,
        Section section,
        List<Theme> themes,
        Image leadImage,
        List<ArticleLink> readAlso,
        String source,
        Instant firstPublishedAt,
        Instant lastUpdatedAt,
        List<Correction> corrections) {

    public ArticleSnapshot {
        Objects.requireNonNull(articleId, "articleId");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative: " + revision);
        }
        Objects.requireNonNull(slug, "slug");
        previousSlugs = List.copyOf(Objects.requireNonNull(previousSlugs, "previousSlugs"));
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(teaser, "teaser");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        Objects.requireNonNull(section, "section");
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        readAlso = List.copyOf(Objects.requireNonNull(readAlso, "readAlso"));
        Objects.requireNonNull(firstPublishedAt, "firstPublishedAt");
        Objects.requireNonNull(lastUpdatedAt, "lastUpdatedAt");
        corrections = List.copyOf(Objects.requireNonNull(corrections, "corrections"));
    }
}
