/**
 * Store: the catalog (categories, products, prices, stock), kept in step with the ERP by {@link
 * org.clientela.store.CatalogSync} and searched through {@link org.clientela.store.CatalogReader}
 * (Hibernate Search, see the {@code search} package); {@link org.clientela.store.CatalogChanges}
 * versions what the public pages show, for their cache. A signed-in customer's cart is kept by
 * {@link org.clientela.store.CustomerCarts} and priced by {@link org.clientela.store.CartPricing}.
 *
 * <p>Orders: {@link org.clientela.store.Checkout} places an order exactly once (idempotency key,
 * stock under optimistic locking, one transaction per attempt in {@link
 * org.clientela.store.OrderPlacement}) through a {@link org.clientela.store.PaymentProvider}; the
 * lifecycle is written once in {@link org.clientela.store.OrderStatus} and guarded by {@link
 * org.clientela.store.CustomerOrder}. Customers read theirs through {@link
 * org.clientela.store.CustomerOrders}, staff and the ERP through {@link
 * org.clientela.store.OrderDesk}; {@link org.clientela.store.InvoicePdf} renders invoices.
 */
package org.clientela.store;
