package org.clientela.receivables;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice as lists show it, on the day it was read.
 *
 * @param orderId the order it bills, whose page and PDF the lists link to
 * @param daysOverdue days since the due date while money is open after it; else 0
 * @param cancelled whether the order, and the invoice with it, was cancelled: it owes nothing
 */
public record InvoiceSummary(
        long orderId,
        String number,
        LocalDate issuedOn,
        LocalDate dueOn,
        BigDecimal amount,
        BigDecimal paid,
        BigDecimal open,
        String currency,
        long daysOverdue,
        boolean cancelled)
        implements Serializable {

    static InvoiceSummary of(CustomerInvoice invoice, LocalDate today) {
        return new InvoiceSummary(
                invoice.getOrderId(),
                invoice.getNumber(),
                invoice.getIssuedOn(),
                invoice.getDueOn(),
                invoice.getAmount(),
                invoice.getPaid(),
                invoice.open(),
                invoice.getCurrency(),
                invoice.daysOverdueOn(today),
                invoice.getCancelledAt() != null);
    }

    public boolean isOverdue() {
        return daysOverdue > 0;
    }

    /** Paid in full; a cancelled invoice is not. */
    public boolean isSettled() {
        return !cancelled && open.signum() == 0;
    }
}
