@NullMarked
package eu.buyzet.portal.organisation.ui;

import org.jspecify.annotations.NullMarked;
