package dk.pressline.article.editing;

/** Where an article is in the newsroom's workflow. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
