@NullMarked
package eu.buyzet.portal.organisation.internal;

import org.jspecify.annotations.NullMarked;
