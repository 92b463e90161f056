package eu.buyzet.portal.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Visitor} parameter: a fresh browser profile signed in through the local sign-in form
 * (password {@code demo} unless told). A {@code Visitor} without it is an anonymous one in English.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface SignedIn {

    /** The account's email, e.g. {@code moderator@demo.buyzet.eu}. */
    String value();

    String locale() default "en-GB";

    String password() default "demo";

    /** A phone-sized window (390 × 844, touch) instead of the desktop one. */
    boolean phone() default false;
}
