@NullMarked
package eu.buyzet.portal.shared.disclosure;

import org.jspecify.annotations.NullMarked;
