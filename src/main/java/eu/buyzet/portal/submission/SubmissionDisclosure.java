package eu.buyzet.portal.submission;

import eu.buyzet.portal.forum.ForumAccess;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see what of needs, solutions and proposals: the one place that decides it. Every
 * channel (the pages' read models, search and its snippets, the open API, attachment downloads,
 * followers' notifications and digests, the personal data export) asks here and re-decides
 * nothing (decision 016). "Moderators" are the forum's moderators; an admin moderates every forum.
 * "Owner" is the author's organisation.
 *
 * <table>
 * <caption>Fact → who sees it</caption>
 * <tr><th>fact</th><th>who sees it</th></tr>
 * <tr><td>a published, not hidden submission (title, texts, CPV, author's name and organisation)</td>
 *     <td>whoever sees its forum: anyone for a public forum, members for a members-only one</td></tr>
 * <tr><td>a draft</td><td>the owner</td></tr>
 * <tr><td>a submission awaiting review, or withdrawn</td><td>the owner and moderators</td></tr>
 * <tr><td>a hidden submission and why it was hidden (a moderator's reason, or the auto-hide summary)</td>
 *     <td>the owner and moderators</td></tr>
 * <tr><td>the author's name and organisation</td><td>whoever sees the submission or comment</td></tr>
 * <tr><td>lists, search hits and their snippets, the open API, followers' notices</td>
 *     <td>only published, not hidden submissions (the API: of public forums only); a snippet is
 *     cut from the title, summary and body of such a submission, never from a comment or a file name</td></tr>
 * <tr><td>which need a solution answers (its page)</td><td>whoever sees that need: a hidden or
 *     withdrawn need only its owner and moderators</td></tr>
 * <tr><td>the solutions that answer a need (its page)</td><td>each to whoever sees that solution:
 *     others' drafts and hidden ones do not exist for the reader</td></tr>
 * <tr><td>the open API's {@code answersNeed}</td><td>only when the need is listed too (public forum)</td></tr>
 * <tr><td>a non-confidential attachment</td><td>whoever sees the submission</td></tr>
 * <tr><td>a confidential attachment, its name included</td>
 *     <td>public agencies, moderators and the uploader's (= the owner) organisation</td></tr>
 * <tr><td>how many organisations are interested</td><td>whoever sees the submission</td></tr>
 * <tr><td>which organisations are interested, and who in them</td><td>the owner and moderators</td></tr>
 * <tr><td>a published comment (text, author's name and organisation)</td><td>whoever sees the submission</td></tr>
 * <tr><td>a hidden comment's text and the reason</td><td>its author and moderators; others see that
 *     it was hidden and who wrote it</td></tr>
 * <tr><td>a comment awaiting review, or rejected, and the rejection's reason</td>
 *     <td>its author and moderators; for everyone else it does not exist (not counted either)</td></tr>
 * <tr><td>followers' notice of a new post / new comment (in-app, mail, digest)</td>
 *     <td>only once every member may read it: a published, not hidden post; a published, not
 *     hidden comment on one. A digest leaves out posts hidden or withdrawn since.</td></tr>
 * <tr><td>a member's personal data export</td><td>that member: what they wrote, uploaded and
 *     marked, never who flagged it</td></tr>
 * </table>
 */
@Component
public class SubmissionDisclosure {

    /**
     * Whoever reads, in relation to one submission's forum: who they are (null for nobody signed
     * in, or for any member without a relation, as a follower is), whether they see the forum at
     * all, and whether they moderate it.
     */
    public record Reader(@Nullable MemberId member, @Nullable OrganisationId organisation, boolean agency, boolean seesForum,
                         boolean moderatesForum) {

        boolean ofOrganisation(OrganisationId o) {
            return organisation != null && organisation.equals(o);
        }

        boolean is(MemberId m) {
            return member != null && member.equals(m);
        }
    }

    /** Any member without a relation to the content (members see every forum): who a follower is. */
    public static final Reader ANY_MEMBER = new Reader(null, null, false, true, false);

    private final CurrentUser currentUser;
    private final ForumService forums;

    SubmissionDisclosure(CurrentUser currentUser, ForumService forums) {
        this.currentUser = currentUser;
        this.forums = forums;
    }

    /** The current user as a reader of what is in this forum. */
    public Reader reader(ForumId forumId) {
        ForumAccess forum = forums.access(forumId);
        Optional<PortalUser> user = currentUser.get();
        return new Reader(user.map(PortalUser::memberId).orElse(null), user.map(PortalUser::organisationId).orElse(null),
                user.map(u -> u.has(Role.AGENCY)).orElse(false), forum.sees(), forum.manages());
    }

    public Reader reader(Submission s) {
        return reader(s.forumId());
    }

    /** Someone reading the open API: nobody signed in; they see a forum only when it is public. */
    public static Reader publicReader(boolean forumIsPublic) {
        return new Reader(null, null, false, forumIsPublic, false);
    }

    /** Lists, search and the API show members-only forums' content to signed-in members only. */
    public boolean listsMembersOnlyForums() {
        return currentUser.get().isPresent();
    }

    public boolean seesSubmission(Reader r, Submission s) {
        if (!r.seesForum()) {
            return false;
        }
        boolean owner = r.ofOrganisation(s.organisationId());
        return switch (s.status()) {
            case DRAFT -> owner;
            case AWAITING_REVIEW, WITHDRAWN -> owner || r.moderatesForum();
            case PUBLISHED -> !s.hidden() || owner || r.moderatesForum();
        };
    }

    /** Lists, search hits with their snippets (the search feature's), the open API and followers show only this. */
    public boolean listed(Submission s) {
        return s.status() == SubmissionStatus.PUBLISHED && !s.hidden();
    }

    public boolean seesHiddenReason(Reader r, Submission s) {
        return seesSubmission(r, s) && (r.ofOrganisation(s.organisationId()) || r.moderatesForum());
    }

    public boolean seesConfidentialAttachments(Reader r, Submission s) {
        return seesSubmission(r, s) && (r.agency() || r.moderatesForum() || r.ofOrganisation(s.organisationId()));
    }

    public boolean seesAttachment(Reader r, Submission s, Attachment a) {
        return seesSubmission(r, s) && (!a.confidential() || seesConfidentialAttachments(r, s));
    }

    public boolean seesInterestCount(Reader r, Submission s) {
        return seesSubmission(r, s);
    }

    public boolean seesInterestedOrganisations(Reader r, Submission s) {
        return seesSubmission(r, s) && (r.ofOrganisation(s.organisationId()) || r.moderatesForum());
    }

    /** Whether the comment exists for the reader (who sees its submission). */
    public boolean seesComment(Reader r, Comment c) {
        return c.published() || r.is(c.authorId()) || r.moderatesForum();
    }

    /** Comments awaiting review or rejected are counted and listed for moderators (and their own author). */
    public boolean seesUnpublishedComments(Reader r) {
        return r.moderatesForum();
    }

    public boolean seesHiddenCommentText(Reader r, Comment c) {
        return r.is(c.authorId()) || r.moderatesForum();
    }

    /** The comment as the reader may see it: none when it does not exist for them, redacted when hidden. */
    public Optional<Comment> shown(Reader r, Comment c) {
        if (!seesComment(r, c)) {
            return Optional.empty();
        }
        return Optional.of(!c.hidden() || seesHiddenCommentText(r, c) ? c : c.redacted());
    }

    /** Followers hear of a comment once every member may read it. */
    public boolean tellsFollowers(Submission s, Comment c) {
        return listed(s) && c.published() && !c.hidden();
    }
}
