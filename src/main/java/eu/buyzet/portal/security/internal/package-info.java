@NullMarked
package eu.buyzet.portal.security.internal;

import org.jspecify.annotations.NullMarked;
