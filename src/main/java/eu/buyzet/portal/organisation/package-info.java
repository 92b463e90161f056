@NullMarked
package eu.buyzet.portal.organisation;

import org.jspecify.annotations.NullMarked;
