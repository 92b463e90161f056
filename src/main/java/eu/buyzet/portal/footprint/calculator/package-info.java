/**
 * The footprint calculator: pure arithmetic over flows and a factor set, with every figure's
 * source. Other features (contract mapping, buyer groups, proposals) compute with it, so it is a
 * named interface of the footprint feature beside the root package.
 */
@NamedInterface("calculator")
@NullMarked
package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
