@NullMarked
package eu.buyzet.portal.strategy.ui;

import org.jspecify.annotations.NullMarked;
