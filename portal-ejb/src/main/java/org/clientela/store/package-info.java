/**
 * Store: the catalog (categories, products, prices, stock) and its sync with the ERP; later the
 * cart, checkout and orders.
 */
package org.clientela.store;
