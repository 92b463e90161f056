package eu.buyzet.portal.submission;

import eu.buyzet.portal.forum.Forum;
import java.util.Set;

/**
 * A submission's page as the current reader may see it: the submission, its forum, and the
 * actions the reader may take. Loaded once and handed to every section of the page.
 *
 * @param conversation whether it has comments and interest marks (published ones only)
 */
public record SubmissionPage(Submission submission, Forum forum, Set<SubmissionAction> actions, boolean conversation) {

    public SubmissionPage {
        actions = Set.copyOf(actions);
    }

    public boolean may(SubmissionAction action) {
        return actions.contains(action);
    }
}
