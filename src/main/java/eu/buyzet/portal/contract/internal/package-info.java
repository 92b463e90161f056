/** The contract feature's tables ({@code footprint_contract}). */
@org.jspecify.annotations.NullMarked
package eu.buyzet.portal.contract.internal;
