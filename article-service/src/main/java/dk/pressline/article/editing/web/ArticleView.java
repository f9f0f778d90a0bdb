package dk.pressline.article.editing.web;

import dk.pressline.article.content.ArticleContent;
import dk.pressline.article.editing.Article;
import dk.pressline.article.editing.ArticleStatus;
import dk.pressline.article.editing.CorrectionNote;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** An article as editors see it, times in Copenhagen time. */
record ArticleView(
        UUID id,
        ArticleStatus status,
        long revision,
        ArticleContent content,
        List<String> previousSlugs,
        @Schema(nullable = true) OffsetDateTime publishAt,
        @Schema(nullable = true) OffsetDateTime unpublishAt,
        @Schema(nullable = true) String unpublishReason,
        @Schema(nullable = true) OffsetDateTime firstPublishedAt,
        @Schema(nullable = true) OffsetDateTime lastUpdatedAt,
        List<CorrectionView> corrections,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static final ZoneId NEWSROOM_TIME = ZoneId.of("Europe/Copenhagen");

    record CorrectionView(String note, OffsetDateTime correctedAt) {}

    static ArticleView of(Article article) {
        return new ArticleView(
                article.id(),
                article.status(),
                article.revision(),
                article.content(),
                article.previousSlugs(),
                local(article.publishAt()),
                local(article.unpublishAt()),
                article.unpublishReason(),
                local(article.firstPublishedAt()),
                local(article.lastUpdatedAt()),
                article.corrections().stream().map(ArticleView::correction).toList(),
                local(article.createdAt()),
                local(article.updatedAt()));
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(NEWSROOM_TIME).toOffsetDateTime();
    }

    private static CorrectionView correction(CorrectionNote note) {
        return new CorrectionView(note.note(), local(note.correctedAt()));
    }
}
