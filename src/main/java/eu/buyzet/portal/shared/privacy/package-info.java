@NullMarked
package eu.buyzet.portal.shared.privacy;

import org.jspecify.annotations.NullMarked;
