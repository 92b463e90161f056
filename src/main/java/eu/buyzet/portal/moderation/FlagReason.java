package eu.buyzet.portal.moderation;

import java.util.Locale;

/** Why a member flags content. OTHER needs words of its own. */
public enum FlagReason {
    OFF_TOPIC, INAPPROPRIATE, SPAM, ILLEGAL, CONFIDENTIAL_EXPOSED, OTHER;

    public String messageKey() {
        return "moderation.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
