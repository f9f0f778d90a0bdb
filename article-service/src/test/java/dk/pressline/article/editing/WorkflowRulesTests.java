package dk.pressline.article.editing;

import static dk.pressline.article.editing.ArticleStatus.DRAFT;
import static dk.pressline.article.editing.ArticleStatus.IN_REVIEW;
import static dk.pressline.article.editing.ArticleStatus.PUBLISHED;
import static dk.pressline.article.editing.ArticleStatus.SCHEDULED;
import static dk.pressline.article.editing.ArticleStatus.UNPUBLISHED;
import static dk.pressline.article.editing.WorkflowAction.CORRECT;
import static dk.pressline.article.editing.WorkflowAction.PUBLISH;
import static dk.pressline.article.editing.WorkflowAction.REDRAFT;
import static dk.pressline.article.editing.WorkflowAction.RETURN_TO_DRAFT;
import static dk.pressline.article.editing.WorkflowAction.SCHEDULE;
import static dk.pressline.article.editing.WorkflowAction.SUBMIT;
import static dk.pressline.article.editing.WorkflowAction.UNPUBLISH;
import static dk.pressline.article.editing.WorkflowAction.UNSCHEDULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pressline.platform.web.ConflictException;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The newsroom's workflow, move by move: for each status, the moves it allows and where they lead, and that every
 * other move is refused. Together the tests cover all eight actions from all five statuses.
 */
class WorkflowRulesTests {

    @Test
    void aDraftCanOnlyBeSubmittedForReview() {
        assertMovesFrom(DRAFT, Map.of(SUBMIT, IN_REVIEW));
    }

    @Test
    void anArticleInReviewCanBeScheduledPublishedOrReturnedToDraft() {
        assertMovesFrom(IN_REVIEW, Map.of(SCHEDULE, SCHEDULED, PUBLISH, PUBLISHED, RETURN_TO_DRAFT, DRAFT));
    }

    @Test
    void aScheduledArticleCanBePublishedUnscheduledOrReturnedToDraftButNotScheduledAgain() {
        assertMovesFrom(SCHEDULED, Map.of(PUBLISH, PUBLISHED, UNSCHEDULE, IN_REVIEW, RETURN_TO_DRAFT, DRAFT));
        assertThatThrownBy(() -> SCHEDULE.from(SCHEDULED)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void aPublishedArticleCanBeCorrectedOrUnpublishedButNotPublishedAgain() {
        assertMovesFrom(PUBLISHED, Map.of(CORRECT, PUBLISHED, UNPUBLISH, UNPUBLISHED));
        assertThatThrownBy(() -> PUBLISH.from(PUBLISHED)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void anUnpublishedArticleCanOnlyBeRedraftedAndNeverComesBackWithoutReview() {
        assertMovesFrom(UNPUBLISHED, Map.of(REDRAFT, DRAFT));
        assertThatThrownBy(() -> PUBLISH.from(UNPUBLISHED)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void aRefusedMoveIsAConflictNamingTheActionTheStatusAndTheStatusesItNeeds() {
        assertThatThrownBy(() -> RETURN_TO_DRAFT.from(PUBLISHED))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Cannot return to draft an article that is PUBLISHED; it must be [IN_REVIEW, SCHEDULED].");
    }

    /** Each allowed move leads to its status; every action not listed is refused from {@code status}. */
    private static void assertMovesFrom(ArticleStatus status, Map<WorkflowAction, ArticleStatus> allowed) {
        allowed.forEach((action, target) ->
                assertThat(action.from(status)).as("%s from %s", action, status).isEqualTo(target));
        var refused = EnumSet.allOf(WorkflowAction.class);
        refused.removeAll(allowed.keySet());
        refused.forEach(action -> assertThatThrownBy(() -> action.from(status))
                .as("%s from %s", action, status)
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("that is " + status));
    }
}
