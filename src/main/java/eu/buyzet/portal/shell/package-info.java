@NullMarked
package eu.buyzet.portal.shell;

import org.jspecify.annotations.NullMarked;
