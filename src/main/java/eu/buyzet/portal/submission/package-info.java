@NullMarked
package eu.buyzet.portal.submission;

import org.jspecify.annotations.NullMarked;
