@NullMarked
package eu.buyzet.portal.dialogue.ui;

import org.jspecify.annotations.NullMarked;
