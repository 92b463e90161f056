@NullMarked
package eu.buyzet.portal.buyergroup.ui;

import org.jspecify.annotations.NullMarked;
