package eu.buyzet.portal.submission;

import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.internal.InterestRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interest marks: a supplier marks interest in a need or a proposal, an agency in a solution, once
 * per organisation. How many are interested is public; which organisations, only the author's
 * organisation and the forum's moderators see (a supplier must not learn who its competitors are).
 */
@Service
public class InterestService {

    private final InterestRepository interests;
    private final SubmissionService submissions;
    private final ForumService forums;
    private final CurrentUser currentUser;
    private final SubmissionDisclosure disclosure;

    InterestService(InterestRepository interests, SubmissionService submissions, ForumService forums,
                    CurrentUser currentUser, SubmissionDisclosure disclosure) {
        this.disclosure = disclosure;
        this.interests = interests;
        this.submissions = submissions;
        this.forums = forums;
        this.currentUser = currentUser;
    }

    /** How many organisations are interested: for whoever sees the submission. */
    @DisclosureChannel("submission.interest-count")
    @Transactional(readOnly = true)
    public int count(SubmissionId id) {
        Submission s = submissions.get(id);
        if (!disclosure.seesInterestCount(disclosure.reader(s), s)) {
            throw new NotFoundException("Submission " + id);
        }
        return interests.count(id);
    }

    /** Whether the current user's organisation has marked interest. */
    @Transactional(readOnly = true)
    public boolean isMarked(SubmissionId id) {
        submissions.get(id);
        return currentUser.get().map(u -> interests.isMarked(id, u.organisationId())).orElse(false);
    }

    /** Whether the current user may mark interest in it at all (the button shows only then). */
    @Transactional(readOnly = true)
    public boolean canMark(SubmissionPage page) {
        return currentUser.get().map(u -> refusal(u, page.submission(), page.forum()).isEmpty()).orElse(false);
    }

    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional
    public int mark(SubmissionId id) {
        PortalUser user = markable(id);
        interests.mark(id, user.organisationId(), user.memberId());
        return interests.count(id);
    }

    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional
    public int unmark(SubmissionId id) {
        PortalUser user = markable(id);
        interests.unmark(id, user.organisationId());
        return interests.count(id);
    }

    /** Who is interested: for the author's organisation and the forum's moderators. */
    @DisclosureChannel("submission.interested")
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InterestedOrganisation> interested(SubmissionId id, PageRequest page) {
        Submission s = submissions.get(id);
        if (!canSeeWho(s)) {
            throw new AccessDeniedException("Only the author's organisation and moderators see who is interested in " + id);
        }
        return interests.list(id, page);
    }

    @Transactional(readOnly = true)
    public boolean canSeeWho(Submission s) {
        return disclosure.seesInterestedOrganisations(disclosure.reader(s), s);
    }

    private PortalUser markable(SubmissionId id) {
        PortalUser user = currentUser.require();
        Submission s = submissions.get(id);
        refusal(user, s, forums.get(s.forumId())).ifPresent(refused -> {
            throw refused;
        });
        return user;
    }

    /** Why this user may not mark interest in it, or nothing: the one rule for marking and for the button. */
    private static Optional<RuntimeException> refusal(PortalUser user, Submission s, Forum forum) {
        if (!user.has(markerRole(s.kind()))) {
            return Optional.of(new AccessDeniedException(user.email() + " may not mark interest in a " + s.kind()));
        }
        if (user.organisationId().equals(s.organisationId())) {
            return Optional.of(ValidationException.of("interest", "validation.interest.own"));
        }
        if (s.status() != SubmissionStatus.PUBLISHED || s.hidden()) {
            return Optional.of(ValidationException.of("interest", "validation.comment.not-open"));
        }
        if (forum.isArchived()) {
            return Optional.of(ValidationException.of("interest", "validation.forum.archived-read-only"));
        }
        return Optional.empty();
    }

    /** Suppliers answer needs and proposals; agencies look for solutions. */
    static Role markerRole(SubmissionKind kind) {
        return kind == SubmissionKind.SOLUTION ? Role.AGENCY : Role.SUPPLIER;
    }
}
