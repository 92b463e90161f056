@NullMarked
package eu.buyzet.portal.dialogue;

import org.jspecify.annotations.NullMarked;
