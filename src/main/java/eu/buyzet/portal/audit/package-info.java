@NullMarked
package eu.buyzet.portal.audit;

import org.jspecify.annotations.NullMarked;
