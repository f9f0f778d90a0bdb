package dk.pressline.events.article;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A published article was saved again; the snapshot is its new state. */
public record ArticleUpdated(UUID eventId, Instant occurredAt, UUID articleId, ArticleSnapshot article)
        implements ArticleEvent {

    public ArticleUpdated {
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
