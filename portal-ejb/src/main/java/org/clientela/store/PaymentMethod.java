package org.clientela.store;

/** How a customer pays; each has its {@link PaymentProvider}. */
public enum PaymentMethod {
    /** Invoice, or cash on delivery: nothing to authorise at checkout. */
    INVOICE,
    /** A card, authorised at checkout. */
    CARD;

    /** Whether an approved authorisation at checkout is the payment itself. */
    public boolean isPaidAtCheckout() {
        return this == CARD;
    }
}
