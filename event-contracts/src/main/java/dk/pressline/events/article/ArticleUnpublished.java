package dk.pressline.events.article;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A published article was taken down; the snapshot is the state it was last published in. */
public record ArticleUnpublished(
        UUID eventId, Instant occurredAt, UUID articleId, ArticleSnapshot article, String reason)
        implements ArticleEvent {

    public ArticleUnpublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(reason, "reason");
        if (!articleId.equals(article.articleId())) {
            throw new IllegalArgumentException(
                    "Event for article " + articleId + " carries the snapshot of article " + article.articleId());
        }
    }
}
