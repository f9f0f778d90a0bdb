package dk.pressline.article.editing;

import dk.pressline.article.content.ArticleContent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article as stored: its content, where it is in the workflow, and when it was published.
 *
 * @param revision increases with every save and workflow action; the article's ETag
 * @param previousSlugs the slugs it had before, which still lead to it
 */
public record Article(
        UUID id,
        ArticleStatus status,
        long revision,
        ArticleContent content,
        List<String> previousSlugs,
        Instant publishAt,
        Instant unpublishAt,
        String unpublishReason,
        Instant firstPublishedAt,
        Instant lastUpdatedAt,
        List<CorrectionNote> corrections,
        Instant createdAt,
        Instant updatedAt) {

    public Article {
        previousSlugs = List.copyOf(previousSlugs);
        corrections = List.copyOf(corrections);
    }
}
