@NullMarked
package eu.buyzet.portal.shared.api;

import org.jspecify.annotations.NullMarked;
