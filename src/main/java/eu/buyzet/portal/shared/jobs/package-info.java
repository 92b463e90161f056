@NullMarked
package eu.buyzet.portal.shared.jobs;

import org.jspecify.annotations.NullMarked;
