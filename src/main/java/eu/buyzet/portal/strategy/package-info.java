/**
 * Step 4 of the BuyZET method: priority areas picked from the contract mapping, and the contract
 * strategies written for them from a catalogue of instruments, with a scenario, a tender timeline
 * and a lifecycle from draft to adopted. See decision 030.
 */
@NullMarked
package eu.buyzet.portal.strategy;

import org.jspecify.annotations.NullMarked;
