package eu.buyzet.portal.moderation;

import eu.buyzet.portal.forum.ForumId;
import java.time.Instant;
import java.util.List;

/**
 * Flagged content waiting for review, with its flags summed up.
 *
 * @param excerpt the start of the comment, or the submission's title
 * @param notes what flaggers wrote for "other"
 */
public record QueueItem(FlagTarget target, ForumId forumId, String title, String excerpt, boolean hidden,
                        int organisations, List<FlagReason> reasons, List<String> notes, Instant firstFlaggedAt) {
    public QueueItem {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }
}
