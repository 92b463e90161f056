@NullMarked
package eu.buyzet.portal.forum.internal;

import org.jspecify.annotations.NullMarked;
