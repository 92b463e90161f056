@NullMarked
package eu.buyzet.portal.shared.ui;

import org.jspecify.annotations.NullMarked;
