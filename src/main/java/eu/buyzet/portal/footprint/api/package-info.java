@NullMarked
package eu.buyzet.portal.footprint.api;

import org.jspecify.annotations.NullMarked;
