/** The contract pages: the ranking, one contract, the editor. Reached by route only. */
@org.jspecify.annotations.NullMarked
package eu.buyzet.portal.contract.ui;
