package dk.pressline.article.editing;

import dk.pressline.platform.web.ConflictException;
import java.util.Locale;
import java.util.Set;

/** A workflow action the article's current status does not allow; answered with 409. */
public class InvalidTransitionException extends ConflictException {

    InvalidTransitionException(WorkflowAction action, ArticleStatus current, Set<ArticleStatus> allowedFrom) {
        super("Cannot " + action.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " an article that is " + current
                + "; it must be " + allowedFrom + ".");
    }
}
