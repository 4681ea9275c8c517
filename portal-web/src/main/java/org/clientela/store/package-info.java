/**
 * Store pages and APIs. For visitors: the catalog search and product pages ({@code CatalogView},
 * {@code ProductView}), served from {@code PublicPageCache} to visitors without a session, and the
 * cart. For customers: checkout, orders with their timeline, invoices as PDF, and the customers'
 * order API under /api/account/orders. For staff: orders with CSV export and the catalog's
 * products and categories. For the ERP: the catalog and order APIs under /api/store.
 */
package org.clientela.store;
