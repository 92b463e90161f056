/** The strategy feature's tables ({@code priority_area}, {@code strategy}, {@code strategy_comment}). */
@org.jspecify.annotations.NullMarked
package eu.buyzet.portal.strategy.internal;
