package dk.pressline.article.editing;

import dk.pressline.article.content.ArticleContent;

/** One save of an article with the content it saved. */
public record SavedRevision(RevisionSummary summary, ArticleContent content) {}
