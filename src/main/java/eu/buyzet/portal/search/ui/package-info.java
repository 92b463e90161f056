@org.jspecify.annotations.NullMarked
package eu.buyzet.portal.search.ui;
