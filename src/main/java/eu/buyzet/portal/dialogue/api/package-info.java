@NullMarked
package eu.buyzet.portal.dialogue.api;

import org.jspecify.annotations.NullMarked;
