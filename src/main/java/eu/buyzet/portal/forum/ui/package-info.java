@NullMarked
package eu.buyzet.portal.forum.ui;

import org.jspecify.annotations.NullMarked;
