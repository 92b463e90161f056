package eu.buyzet.portal.submission;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a submission's page contributed by another feature: the declared transport footprint
 * is the first. Features that build on submissions implement it as a Spring bean, so that
 * submission need not depend on them.
 */
public interface SubmissionPageSection {

    /** The section for this page as the current user sees it, or nothing to show. */
    Optional<Component> create(SubmissionPage page);

    /** Sections are shown in ascending order, after the body and before the files. */
    int order();
}
