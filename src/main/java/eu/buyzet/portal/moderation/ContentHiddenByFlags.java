package eu.buyzet.portal.moderation;

import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;

/** Content was hidden after flags from enough organisations: its author's organisation is told why. */
public record ContentHiddenByFlags(SubmissionId submission, String title, OrganisationId authorOrganisation,
                                   String reasons) {
}
