package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature puts in the top bar, such as the notification bell. Features implement it
 * as a Spring bean, so that the shell need not depend on them.
 */
public interface NavbarItem {

    /** The component for the current user, or nothing. Called once per page load. */
    Optional<Component> create();

    int order();
}
