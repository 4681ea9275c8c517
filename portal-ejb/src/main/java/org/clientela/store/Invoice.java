package org.clientela.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.clientela.platform.Language;

/**
 * What an invoice shows; built from an order by the order service. Every figure is gross (VAT
 * included) as the customer paid it, so the invoice repeats the order's figures and never prices
 * anything again; the VAT contained in them is worked out when the invoice is rendered.
 *
 * @param dueOn when an invoice order is to be paid; null for an order paid at checkout
 * @param billedTo address lines: recipient, street, postal code and city, country
 * @param deliveryLabel already in the invoice's language, e.g. "Standard delivery"
 * @param deliveryPrice gross
 * @param paymentLabel already in the invoice's language, e.g. "Card •••• 4242"
 * @param total gross, delivery included
 * @param currency an ISO 4217 code, e.g. "EUR"
 */
public record Invoice(
        String number,
        LocalDate issuedOn,
        LocalDate dueOn,
        Language language,
        List<String> billedTo,
        List<String> shippedTo,
        List<Line> lines,
        String deliveryLabel,
        BigDecimal deliveryPrice,
        String paymentLabel,
        BigDecimal total,
        String currency) {

    /** An invoice with nothing left to pay when it is issued: a card paid for the order. */
    public Invoice(
            String number,
            LocalDate issuedOn,
            Language language,
            List<String> billedTo,
            List<String> shippedTo,
            List<Line> lines,
            String deliveryLabel,
            BigDecimal deliveryPrice,
            String paymentLabel,
            BigDecimal total,
            String currency) {
        this(
                number,
                issuedOn,
                null,
                language,
                billedTo,
                shippedTo,
                lines,
                deliveryLabel,
                deliveryPrice,
                paymentLabel,
                total,
                currency);
    }

    /** Copies the lists, so an invoice cannot change after it was handed over to be rendered. */
    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(language, "language");
        billedTo = List.copyOf(billedTo);
        shippedTo = List.copyOf(shippedTo);
        lines = List.copyOf(lines);
        Objects.requireNonNull(deliveryLabel, "deliveryLabel");
        Objects.requireNonNull(deliveryPrice, "deliveryPrice");
        Objects.requireNonNull(paymentLabel, "paymentLabel");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * One product of the order.
     *
     * @param unitPrice gross
     * @param vatRate percent, e.g. 20.00
     * @param total gross, as the order charged it
     */
    public record Line(
            String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal vatRate, BigDecimal total) {

        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(vatRate, "vatRate");
            Objects.requireNonNull(total, "total");
        }
    }
}
