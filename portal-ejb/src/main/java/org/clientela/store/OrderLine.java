package org.clientela.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One product of an order, at the name and price it had when ordered. */
@Embeddable
public class OrderLine {

    @Column(name = "sku", nullable = false, length = 40)
    private String sku;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    /** Gross, VAT included. */
    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "total", nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    protected OrderLine() {}

    OrderLine(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal vatRate) {
        if (quantity < 1) {
            throw new IllegalArgumentException("an order line holds at least one item");
        }
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.vatRate = vatRate;
        this.total = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public BigDecimal getTotal() {
        return total;
    }
}
