package org.clientela.store;

/**
 * The checkout's refusal of an order placed through the API, with the line of the request it is
 * about (only the resource knows how the caller listed the lines).
 */
class OrderRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CheckoutRefusal refusal;
    private final int line;

    OrderRefusedException(CheckoutRefusal refusal, int line) {
        super(refusal.getMessage(), refusal);
        this.refusal = refusal;
        this.line = line;
    }

    CheckoutRefusal refusal() {
        return refusal;
    }

    /** The index of the refused SKU's line, or -1 when the refusal is about the order as a whole. */
    int line() {
        return line;
    }
}
