package eu.buyzet.portal.submission;

/**
 * What the current user may do to a submission, as {@link SubmissionService} decides it from the
 * same predicates it enforces; pages show exactly these actions.
 */
public enum SubmissionAction {
    /** Change texts, files, linked needs and the declared footprint: the author's organisation, forum open, not withdrawn. */
    EDIT,
    /** Open a new solution that answers this published need: suppliers who may post in its forum. */
    OFFER_SOLUTION,
    /** Publish a draft (publication checks still apply). */
    PUBLISH,
    /** Take a published submission back. */
    WITHDRAW,
    /** Approve or send back a post awaiting review: the forum's moderators. */
    REVIEW,
    /** Hide with a reason: the forum's moderators. */
    HIDE,
    /** Show hidden content again: the forum's moderators. */
    RESTORE,
    /** Moderate its conversation (comments, flags): the forum's moderators. */
    MODERATE,
    /** Be told of its new comments: any signed-in member, while it is published for every member to read. */
    FOLLOW
}
