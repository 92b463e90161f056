package eu.buyzet.portal.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Visitor} parameter: a fresh browser profile that is not signed in, in the given
 * language and window. A plain {@code Visitor} is the same in English at desktop width.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface Anonymous {

    String locale() default "en-GB";

    /** A phone-sized window (390 × 844, touch) instead of the desktop one. */
    boolean phone() default false;
}
