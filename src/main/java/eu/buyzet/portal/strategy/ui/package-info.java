/** The strategy feature's Vaadin views. */
@NullMarked
package eu.buyzet.portal.strategy.ui;

import org.jspecify.annotations.NullMarked;
