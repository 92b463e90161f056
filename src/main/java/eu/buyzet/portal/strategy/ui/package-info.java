/** The strategy feature's views: the list of priority areas and strategies a reader may see. */
@NullMarked
package eu.buyzet.portal.strategy.ui;

import org.jspecify.annotations.NullMarked;
