package org.clientela.store;

import jakarta.ejb.ApplicationException;

/** The lifecycle does not lead from where the order stands to where it was asked to go. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String number;
    private final OrderStatus from;
    private final OrderStatus to;

    IllegalTransitionException(CustomerOrder order, OrderStatus to) {
        super("Order " + order.number() + " cannot go from " + order.getStatus() + " to " + to);
        this.number = order.number();
        this.from = order.getStatus();
        this.to = to;
    }

    public String getNumber() {
        return number;
    }

    public OrderStatus getFrom() {
        return from;
    }

    public OrderStatus getTo() {
        return to;
    }
}
