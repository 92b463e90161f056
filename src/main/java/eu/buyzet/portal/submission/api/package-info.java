@NullMarked
package eu.buyzet.portal.submission.api;

import org.jspecify.annotations.NullMarked;
