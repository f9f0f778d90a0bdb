package dk.pressline.events.article;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A published article was corrected; the snapshot's corrections list every correction made so far. */
public record ArticleCorrected(
        UUID eventId, Instant occurredAt, UUID articleId, ArticleSnapshot article, String correctionNote)
        implements ArticleEvent {

    public ArticleCorrected {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(correctionNote, "correctionNote");
        if (!articleId.equals(article.articleId())) {
            throw new IllegalArgumentException(
                    "Event for article " + articleId + " carries the snapshot of article " + article.articleId());
        }
    }
}
