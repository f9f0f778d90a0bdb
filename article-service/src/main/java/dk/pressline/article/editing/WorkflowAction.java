package dk.pressline.article.editing;

import static dk.pressline.article.editing.ArticleStatus.DRAFT;
import static dk.pressline.article.editing.ArticleStatus.IN_REVIEW;
import static dk.pressline.article.editing.ArticleStatus.PUBLISHED;
import static dk.pressline.article.editing.ArticleStatus.SCHEDULED;
import static dk.pressline.article.editing.ArticleStatus.UNPUBLISHED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the workflow: draft → in review → scheduled → published (updated or corrected while published) →
 * unpublished, and back to draft.
 */
public enum WorkflowAction {
    SUBMIT(IN_REVIEW, EnumSet.of(DRAFT)),
    RETURN_TO_DRAFT(DRAFT, EnumSet.of(IN_REVIEW, SCHEDULED)),
    SCHEDULE(SCHEDULED, EnumSet.of(IN_REVIEW)),
    UNSCHEDULE(IN_REVIEW, EnumSet.of(SCHEDULED)),
    PUBLISH(PUBLISHED, EnumSet.of(IN_REVIEW, SCHEDULED)),
    CORRECT(PUBLISHED, EnumSet.of(PUBLISHED)),
    UNPUBLISH(UNPUBLISHED, EnumSet.of(PUBLISHED)),
    REDRAFT(DRAFT, EnumSet.of(UNPUBLISHED));

    private final ArticleStatus target;
    private final Set<ArticleStatus> allowedFrom;

    WorkflowAction(ArticleStatus target, Set<ArticleStatus> allowedFrom) {
        this.target = target;
        this.allowedFrom = allowedFrom;
    }

    /** The status after this action, or a clear refusal when the article's status does not allow it. */
    public ArticleStatus from(ArticleStatus current) {
        if (!allowedFrom.contains(current)) {
            throw new InvalidTransitionException(this, current, allowedFrom);
        }
        return target;
    }
}
