@NullMarked
package eu.buyzet.portal.footprint.internal;

import org.jspecify.annotations.NullMarked;
