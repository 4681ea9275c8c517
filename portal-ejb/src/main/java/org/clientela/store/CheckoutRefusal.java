package org.clientela.store;

import jakarta.ejb.ApplicationException;

/**
 * Why an order was not placed. Nothing of it is kept: no order, no stock taken, no mail; the
 * cart stays as it was, so the customer can put it right and try again.
 */
@ApplicationException(rollback = true)
public class CheckoutRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        EMPTY_CART,
        /** A product is no longer sold. Detail: the SKU. */
        PRODUCT_GONE,
        /** Detail: the SKU; {@code available} how many are left. */
        NOT_ENOUGH_STOCK,
        /** The cart's total changed since the customer saw it; they see the new one first. */
        PRICE_CHANGED,
        EMAIL_NOT_VERIFIED,
        CARD_INVALID,
        CARD_DECLINED,
        /** Others bought the same products at the same instant, again and again: try again. */
        BUSY
    }

    private final Reason reason;
    private final String sku;
    private final int available;

    public CheckoutRefusal(Reason reason) {
        this(reason, null, 0);
    }

    public CheckoutRefusal(Reason reason, String sku, int available) {
        super(reason + (sku == null ? "" : " " + sku));
        this.reason = reason;
        this.sku = sku;
        this.available = available;
    }

    public Reason getReason() {
        return reason;
    }

    public String getSku() {
        return sku;
    }

    public int getAvailable() {
        return available;
    }
}
