/** The open read API for adopted contract strategies (decision 032). */
@NullMarked
package eu.buyzet.portal.strategy.api;

import org.jspecify.annotations.NullMarked;
