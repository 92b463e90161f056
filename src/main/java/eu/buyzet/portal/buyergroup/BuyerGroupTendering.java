package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.submission.SubmissionId;

/** A group's tender notice is published: dialogues linked to the group or its proposal lock. */
public record BuyerGroupTendering(BuyerGroupId groupId, SubmissionId proposalId, NoticeReference notice) {
}
