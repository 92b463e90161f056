package eu.buyzet.portal.submission;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page of the conversation under a submission as the current reader may see it, and what they may
 * do there: read by {@link CommentService#conversation}, each comment as {@link SubmissionDisclosure}
 * allows, each action from the rule the service enforces. The page renders it and decides nothing.
 *
 * @param threads top-level comments, each with all its replies
 * @param permissions what the reader may do to each comment shown (absent: nothing)
 * @param threadCount how many top-level comments the reader may see in all
 * @param commentCount comments and replies together, as the page's headline says
 * @param mayWrite whether the reader may write a new comment now
 * @param writingAwaitsReview whether what the reader writes waits for a moderator first
 */
public record Conversation(List<Comment> threads, Map<CommentId, Set<CommentPermission>> permissions, int threadCount,
                           int commentCount, boolean mayWrite, boolean writingAwaitsReview) {

    public Conversation {
        threads = List.copyOf(threads);
        permissions = Map.copyOf(permissions);
    }

    public boolean may(Comment comment, CommentPermission permission) {
        return permissions.getOrDefault(comment.id(), Set.of()).contains(permission);
    }
}
