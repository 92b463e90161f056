@NullMarked
package eu.buyzet.portal.shared.export;

import org.jspecify.annotations.NullMarked;
