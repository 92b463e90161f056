package eu.buyzet.portal.organisation;

/** A new membership request; administrators are told. */
public record MembershipRequested(String email, String displayName) {
}
