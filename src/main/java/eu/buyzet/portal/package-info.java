@NullMarked
package eu.buyzet.portal;

import org.jspecify.annotations.NullMarked;
