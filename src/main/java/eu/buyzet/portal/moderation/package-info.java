@NullMarked
package eu.buyzet.portal.moderation;

import org.jspecify.annotations.NullMarked;
