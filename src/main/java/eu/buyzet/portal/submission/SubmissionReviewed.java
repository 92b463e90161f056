package eu.buyzet.portal.submission;

import eu.buyzet.portal.shared.OrganisationId;

/** A moderator published a post that awaited review, or sent it back to its author with a reason. */
public record SubmissionReviewed(SubmissionId submission, String title, OrganisationId organisation, boolean approved,
                                 String reason) {
}
