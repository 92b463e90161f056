@NullMarked
package eu.buyzet.portal.forum.api;

import org.jspecify.annotations.NullMarked;
