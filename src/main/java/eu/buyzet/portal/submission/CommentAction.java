package eu.buyzet.portal.submission;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Another feature's action on one comment (moderation's "flag"), shown with the comment's own
 * actions. Like {@link SubmissionPageSection}, it lets that feature add to the page without the
 * submission feature depending on it.
 */
public interface CommentAction {

    /**
     * The action for this comment and the current user, if any. Every comment shown is offered;
     * the feature's own service decides whether its action applies.
     */
    Optional<Component> create(Comment comment);
}
