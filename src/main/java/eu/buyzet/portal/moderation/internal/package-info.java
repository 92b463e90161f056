@NullMarked
package eu.buyzet.portal.moderation.internal;

import org.jspecify.annotations.NullMarked;
