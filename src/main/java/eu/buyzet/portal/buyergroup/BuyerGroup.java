package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Agencies buying together, formed from a joint-purchase proposal. The proposal's agency is the
 * lead buyer (the procuring entity); a central purchasing body may be named.
 *
 * @param notice null until the group is tendering
 */
public record BuyerGroup(BuyerGroupId id, SubmissionId proposalId, String title, ForumId forumId,
                         OrganisationId leadOrganisationId, String leadOrganisationName, String leadOrganisationNumber,
                         @Nullable String centralPurchasingBody, BuyerGroupStatus status,
                         @Nullable LocalDate plannedTenderDate, @Nullable NoticeReference notice,
                         @Nullable String cancelReason, Instant createdAt, int version) {
}
