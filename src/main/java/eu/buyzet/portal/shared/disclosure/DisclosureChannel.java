package eu.buyzet.portal.shared.disclosure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method through which facts leave the portal for a reader: an open API endpoint, an
 * export (CSV, XLSX, OCDS, PDF, iCalendar), a notification, mail or digest, a search snippet,
 * the personal data export, or the read model a page renders. Each channel asks its feature's
 * disclosure policy what the reader may see; the feature's channel parity test reads every
 * channel as every role and relation, and fails when a channel named here has no row there
 * (decision 016).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DisclosureChannel {

    /** "feature.channel", e.g. {@code dialogue.report-pdf}; the part before the dot names the feature. */
    String value();
}
