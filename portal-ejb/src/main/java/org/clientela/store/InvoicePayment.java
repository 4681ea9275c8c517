package org.clientela.store;

import jakarta.enterprise.context.ApplicationScoped;

/** Invoice or pay on delivery: nothing is charged at checkout, so it always goes through. */
@ApplicationScoped
public class InvoicePayment implements PaymentProvider {

    @Override
    public PaymentMethod method() {
        return PaymentMethod.INVOICE;
    }

    @Override
    public Authorisation authorise(PaymentRequest request) {
        return Authorisation.approved("invoice:" + request.idempotencyKey(), null);
    }
}
