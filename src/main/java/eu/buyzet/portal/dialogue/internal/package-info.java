@NullMarked
package eu.buyzet.portal.dialogue.internal;

import org.jspecify.annotations.NullMarked;
