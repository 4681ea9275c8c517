package org.clientela.store;

import java.math.BigDecimal;

/** How an order travels, and what that costs the customer (gross, VAT included). */
public enum DeliveryMethod {
    STANDARD("4.90"),
    EXPRESS("12.90"),
    PICKUP("0.00");

    /** The VAT rate contained in every delivery price. */
    public static final BigDecimal VAT_RATE = new BigDecimal("20.00");

    private final BigDecimal price;

    DeliveryMethod(String price) {
        this.price = new BigDecimal(price);
    }

    public BigDecimal price() {
        return price;
    }
}
