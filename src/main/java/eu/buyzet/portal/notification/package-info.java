@NullMarked
package eu.buyzet.portal.notification;

import org.jspecify.annotations.NullMarked;
