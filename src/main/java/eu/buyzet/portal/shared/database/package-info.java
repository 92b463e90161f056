@NullMarked
package eu.buyzet.portal.shared.database;

import org.jspecify.annotations.NullMarked;
