package eu.buyzet.portal.buyergroup;

import java.util.Locale;

/** Forming → committed → tendering → awarded; cancelled from any open state. */
public enum BuyerGroupStatus {
    /** Agencies join, change their share or leave; members sign letters of intent. */
    FORMING,
    /** The lead buyer closed membership: the members with a letter of intent buy together. */
    COMMITTED,
    /** A notice is published (Doffin or TED); linked dialogues are locked. */
    TENDERING,
    AWARDED,
    CANCELLED;

    public boolean isOpen() {
        return this == FORMING || this == COMMITTED || this == TENDERING;
    }

    public String messageKey() {
        return "buyer-group.status." + name().toLowerCase(Locale.ROOT);
    }
}
