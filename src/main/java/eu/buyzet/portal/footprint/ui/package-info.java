@NullMarked
package eu.buyzet.portal.footprint.ui;

import org.jspecify.annotations.NullMarked;
