@NullMarked
package eu.buyzet.portal.footprint;

import org.jspecify.annotations.NullMarked;
