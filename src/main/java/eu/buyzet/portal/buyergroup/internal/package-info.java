@NullMarked
package eu.buyzet.portal.buyergroup.internal;

import org.jspecify.annotations.NullMarked;
