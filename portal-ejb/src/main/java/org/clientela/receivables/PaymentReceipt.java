package org.clientela.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment as it was taken, and where its invoice stands now.
 *
 * @param repeated whether the key had been received already, so this call credited nothing
 */
public record PaymentReceipt(
        String paymentKey,
        String invoiceNumber,
        long orderId,
        BigDecimal amount,
        LocalDate receivedOn,
        BigDecimal invoiceAmount,
        BigDecimal paid,
        BigDecimal open,
        String currency,
        boolean repeated) {

    static PaymentReceipt of(ReceivedPayment payment, boolean repeated) {
        CustomerInvoice invoice = payment.getInvoice();
        return new PaymentReceipt(
                payment.getKey(),
                invoice.getNumber(),
                invoice.getOrderId(),
                payment.getAmount(),
                payment.getReceivedOn(),
                invoice.getAmount(),
                invoice.getPaid(),
                invoice.open(),
                invoice.getCurrency(),
                repeated);
    }

    /** Whether nothing is left to pay on the invoice. */
    public boolean settled() {
        return open.signum() == 0;
    }
}
