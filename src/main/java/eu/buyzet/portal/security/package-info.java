@NullMarked
package eu.buyzet.portal.security;

import org.jspecify.annotations.NullMarked;
