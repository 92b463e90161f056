package eu.buyzet.portal.security;

import eu.buyzet.portal.shared.MemberId;

/** A member exported their data or deleted their account; both belong in the audit trail. */
public record PersonalDataEvent(MemberId member, Kind kind) {
    public enum Kind { EXPORTED, ACCOUNT_DELETED }
}
