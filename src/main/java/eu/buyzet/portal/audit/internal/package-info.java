@NullMarked
package eu.buyzet.portal.audit.internal;

import org.jspecify.annotations.NullMarked;
