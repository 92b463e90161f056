@NullMarked
package eu.buyzet.portal.notification.ui;

import org.jspecify.annotations.NullMarked;
