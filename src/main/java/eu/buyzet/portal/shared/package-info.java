/**
 * Feature-neutral building blocks every feature may use: typed ids, validation and not-found
 * exceptions, the API boundary, CSV writing, i18n, UI widgets. It depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package eu.buyzet.portal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
