@NullMarked
package eu.buyzet.portal.notification.internal;

import org.jspecify.annotations.NullMarked;
