@NullMarked
package eu.buyzet.portal.buyergroup.api;

import org.jspecify.annotations.NullMarked;
