package dk.pressline.article.editing;

import java.time.Instant;

/** One save of an article: which revision, when, by whom, and the status it left the article in. */
public record RevisionSummary(long revision, ArticleStatus status, Instant savedAt, String savedBy) {}
