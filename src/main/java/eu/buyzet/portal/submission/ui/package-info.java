@NullMarked
package eu.buyzet.portal.submission.ui;

import org.jspecify.annotations.NullMarked;
