@NullMarked
package eu.buyzet.portal.buyergroup;

import org.jspecify.annotations.NullMarked;
