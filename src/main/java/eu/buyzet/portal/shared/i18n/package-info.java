@NullMarked
package eu.buyzet.portal.shared.i18n;

import org.jspecify.annotations.NullMarked;
