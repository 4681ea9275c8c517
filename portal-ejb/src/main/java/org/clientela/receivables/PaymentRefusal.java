package org.clientela.receivables;

import jakarta.ejb.ApplicationException;
import java.math.BigDecimal;

/** A payment the receivables do not take; nothing of it is kept. */
@ApplicationException(rollback = true)
public class PaymentRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No invoice has this number. */
        UNKNOWN_INVOICE,
        /** Zero, negative, or with fractions of a cent. */
        NOT_AN_AMOUNT,
        /** More than the invoice has open; {@link #getOpen()} says how much that is. */
        MORE_THAN_OPEN,
        /** The order was cancelled, and its invoice with it. */
        INVOICE_CANCELLED,
        /** The payment's key was used already, for another invoice or another amount. */
        KEY_REUSED
    }

    private final Reason reason;
    private final String invoiceNumber;
    private final BigDecimal open;

    public PaymentRefusal(Reason reason, String invoiceNumber) {
        this(reason, invoiceNumber, null);
    }

    public PaymentRefusal(Reason reason, String invoiceNumber, BigDecimal open) {
        super(reason + " " + invoiceNumber);
        this.reason = reason;
        this.invoiceNumber = invoiceNumber;
        this.open = open;
    }

    public Reason getReason() {
        return reason;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    /** What the invoice had open, for {@link Reason#MORE_THAN_OPEN}; else null. */
    public BigDecimal getOpen() {
        return open;
    }
}
