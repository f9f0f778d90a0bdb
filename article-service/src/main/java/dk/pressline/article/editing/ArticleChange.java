package dk.pressline.article.editing;

import dk.pressline.article.content.ArticleContent;
import java.time.Instant;

/** A change to an article under construction: starts as the current article, each call replaces one part. */
final class ArticleChange {

    private final Article current;
    private ArticleStatus status;
    private long revision;
    private ArticleContent content;
    private Instant publishAt;
    private Instant unpublishAt;
    private String unpublishReason;
    private Instant firstPublishedAt;
    private Instant lastUpdatedAt;
    private Instant updatedAt;

    ArticleChange(Article current) {
        this.current = current;
        this.status = current.status();
        this.revision = current.revision();
        this.content = current.content();
        this.publishAt = current.publishAt();
        this.unpublishAt = current.unpublishAt();
        this.unpublishReason = current.unpublishReason();
        this.firstPublishedAt = current.firstPublishedAt();
        this.lastUpdatedAt = current.lastUpdatedAt();
        this.updatedAt = current.updatedAt();
    }

    ArticleChange status(ArticleStatus value) {
        status = value;
        return this;
    }

    ArticleChange revision(long value) {
        revision = value;
        return this;
    }

    ArticleChange content(ArticleContent value) {
        content = value;
        return this;
    }

    ArticleChange publishAt(Instant value) {
        publishAt = value;
        return this;
    }

    ArticleChange unpublishAt(Instant value) {
        unpublishAt = value;
        return this;
    }

    ArticleChange unpublishReason(String value) {
        unpublishReason = value;
        return this;
    }

    ArticleChange firstPublishedAt(Instant value) {
        firstPublishedAt = value;
        return this;
    }

    ArticleChange lastUpdatedAt(Instant value) {
        lastUpdatedAt = value;
        return this;
    }

    ArticleChange updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    Article build() {
        return new Article(
                current.id(),
                status,
                revision,
                content,
                current.previousSlugs(),
                publishAt,
                unpublishAt,
                unpublishReason,
                firstPublishedAt,
                lastUpdatedAt,
                current.corrections(),
                current.createdAt(),
                updatedAt);
    }
}
