/**
 * Footprint's Vaadin components that other features' pages embed: the flow editor ({@link
 * eu.buyzet.portal.footprint.components.FlowList}) and a result's figures ({@link
 * eu.buyzet.portal.footprint.components.FootprintFigures}). They stay here, beside the calculator
 * whose fields and messages they mirror, rather than in {@code shared.ui}, which knows no feature.
 * A named interface of the footprint module; its pages stay in the package-private {@code ui}.
 */
@NamedInterface("components")
@NullMarked
package eu.buyzet.portal.footprint.components;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

