@NullMarked
package eu.buyzet.portal.audit.ui;

import org.jspecify.annotations.NullMarked;
