package eu.buyzet.portal.submission;

import eu.buyzet.portal.security.Role;

/** What a submission is, and who may post it. */
public enum SubmissionKind {
    /** A municipal agency describes what it needs delivered or done. */
    NEED(Role.AGENCY),
    /** A supplier describes a zero-emission way to deliver goods or services. */
    SOLUTION(Role.SUPPLIER),
    /** An agency invites other agencies to buy together. */
    PROPOSAL(Role.AGENCY);

    private final Role poster;

    SubmissionKind(Role poster) {
        this.poster = poster;
    }

    public Role poster() {
        return poster;
    }

    public String messageKey() {
        return "submission.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
