/**
 * Contract mapping, BuyZET step 1: the goods and service contracts public agencies have, the
 * transport each causes, and which contracts and CPV categories cause the most, on the page and
 * as CSV and XLSX. Footprints are computed with the footprint feature's calculator and default
 * factor set. Contract strategies and follow-up belong here too.
 */
@org.jspecify.annotations.NullMarked
package eu.buyzet.portal.contract;
