package dk.pressline.events.article;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An article went live for the first time. */
public record ArticlePublished(UUID eventId, Instant occurredAt, UUID articleId, ArticleSnapshot article)
        implements ArticleEvent {

    public ArticlePublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(article, "article");
        if (!articleId.equals(article.articleId())) {
            throw new IllegalArgumentException(
                    "Event for article " + articleId + " carries the snapshot of article " + article.articleId());
        }
    }
}
