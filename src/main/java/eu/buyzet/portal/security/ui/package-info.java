@NullMarked
package eu.buyzet.portal.security.ui;

import org.jspecify.annotations.NullMarked;
