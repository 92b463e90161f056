package eu.buyzet.portal.submission;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.LocalDate;

/**
 * Filters for lists of published submissions; null means "any". {@code text} is a full-text
 * search in Norwegian and English.
 */
public record SubmissionFilter(ForumId forumId, SubmissionKind kind, CpvCode cpv, OrganisationId organisationId,
                               LocalDate publishedFrom, LocalDate publishedTo, String text, Double minCo2eKg,
                               Sort sort) {
    public static final SubmissionFilter ANY = new SubmissionFilter(null, null, null, null, null, null, null);

    /** Newest first, or (with text) most relevant first; or the largest declared footprint first. */
    public enum Sort { DEFAULT, FOOTPRINT }

    public SubmissionFilter(ForumId forumId, SubmissionKind kind, CpvCode cpv, OrganisationId organisationId,
                            LocalDate publishedFrom, LocalDate publishedTo, String text) {
        this(forumId, kind, cpv, organisationId, publishedFrom, publishedTo, text, null, Sort.DEFAULT);
    }

    public SubmissionFilter {
        sort = sort == null ? Sort.DEFAULT : sort;
    }

    public static SubmissionFilter inForum(ForumId forumId) {
        return new SubmissionFilter(forumId, null, null, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
