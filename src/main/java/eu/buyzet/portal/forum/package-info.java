@NullMarked
package eu.buyzet.portal.forum;

import org.jspecify.annotations.NullMarked;
