package eu.buyzet.portal.submission;

import eu.buyzet.portal.forum.Forum;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The editor of a new or existing submission.
 *
 * @param existing the submission being edited, or null for a new one
 * @param publishBlocked why it cannot be published straight from the editor (a publication check
 *                       of another feature, e.g. a footprint to declare first), or nothing
 */
public record SubmissionEditing(Forum forum, SubmissionKind kind, @Nullable Submission existing,
                                Optional<PublicationCheck.Missing> publishBlocked) {
}
