/**
 * Store: the catalog (categories, products, prices, stock) and its sync with the ERP, the cart,
 * invoices as PDF; later checkout and orders.
 */
package org.clientela.store;
