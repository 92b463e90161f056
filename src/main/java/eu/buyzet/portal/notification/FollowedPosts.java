package eu.buyzet.portal.notification;

import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Notices of followed activity name a post by its title. The submission feature decides, each time
 * a notice is shown (the bell, its count, the digest), whether followers may still read the post, so
 * one hidden or withdrawn since the notice was made no longer tells anyone its title.
 */
@Component
class FollowedPosts {

    private static final Pattern POST_LINK = Pattern.compile("submissions/([0-9]{1,18})");

    private final SubmissionService submissions;

    FollowedPosts(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** The notices a follower may still be shown, in their order. */
    List<Notification> stillShown(List<Notification> notices) {
        Set<SubmissionId> gone = gone(notices.stream().filter(FollowedPosts::followed).map(n -> post(n.link())));
        return gone.isEmpty() ? notices : notices.stream()
                .filter(n -> {
                    SubmissionId post = followed(n) ? post(n.link()) : null;
                    return post == null || !gone.contains(post);
                }).toList();
    }

    /** Of followed-activity notices counted by their link, how many are about posts no longer shown. */
    int noLongerShown(Map<String, Integer> countsByLink) {
        Set<SubmissionId> gone = gone(countsByLink.keySet().stream().map(FollowedPosts::post));
        return countsByLink.entrySet().stream().filter(e -> {
            SubmissionId post = post(e.getKey());
            return post != null && gone.contains(post);
        }).mapToInt(Map.Entry::getValue).sum();
    }

    /** Of the posts named, those followers may no longer read. */
    private Set<SubmissionId> gone(Stream<@Nullable SubmissionId> named) {
        Set<SubmissionId> posts = named.filter(Objects::nonNull).collect(Collectors.toSet());
        if (posts.isEmpty()) {
            return Set.of();
        }
        Set<SubmissionId> readable = submissions.stillForFollowers(posts);
        return posts.stream().filter(p -> !readable.contains(p)).collect(Collectors.toSet());
    }

    private static boolean followed(Notification n) {
        return NotificationKind.FOLLOWED_ACTIVITY.code().equals(n.kind());
    }

    /** The post a link names, null for a link to anything else. */
    private static @Nullable SubmissionId post(@Nullable String link) {
        if (link == null) {
            return null;
        }
        Matcher m = POST_LINK.matcher(link);
        return m.matches() ? SubmissionId.of(Long.parseLong(m.group(1))) : null;
    }
}
