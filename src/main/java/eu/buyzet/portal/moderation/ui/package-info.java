@NullMarked
package eu.buyzet.portal.moderation.ui;

import org.jspecify.annotations.NullMarked;
