package dk.pressline.article.editing;

import java.time.OffsetDateTime;

/**
 * Which articles an editor lists; every part is optional.
 *
 * @param text words to find in the headline, teaser or body
 */
public record ArticleFilter(
        ArticleStatus status, String author, String theme, String section, OffsetDateTime updatedSince, String text) {}
