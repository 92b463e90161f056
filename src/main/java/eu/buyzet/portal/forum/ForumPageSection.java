package eu.buyzet.portal.forum;

import com.vaadin.flow.component.Component;

/**
 * A part of a forum's page contributed by another feature (the submissions list, later the
 * dialogues). Features that build on forums implement it as a Spring bean, so that forum need
 * not depend on them.
 */
public interface ForumPageSection {

    /** The section for this forum, for the current user. */
    Component create(Forum forum);

    /** Sections are shown in ascending order. */
    int order();
}
