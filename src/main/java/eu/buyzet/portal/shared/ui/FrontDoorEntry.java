package eu.buyzet.portal.shared.ui;

/**
 * A public place a feature offers on the front page's "where to start" list, as a Spring bean, so
 * that the shell need not depend on the feature. The adopted strategies, once a feature publishes
 * them, are meant to come in here.
 */
public interface FrontDoorEntry {

    /** The route, relative to the portal, e.g. {@code strategies}. It must be open to anonymous visitors. */
    String path();

    /** The message key of the link's text. */
    String titleKey();

    /** The message key of one sentence saying what is there. */
    String descriptionKey();

    /** Where it goes among the shell's own entries (forums 10, dialogues 20, buyer groups 30, calculator 40). */
    int order();
}
