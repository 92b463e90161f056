@NullMarked
package eu.buyzet.portal.submission.internal;

import org.jspecify.annotations.NullMarked;
