package org.clientela.store;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands in its fulfilment. The allowed steps are written here once; the order
 * refuses any other. Payment is recorded beside the status ({@link CustomerOrder#getPaidAt()}):
 * before shipping a payment moves the order to {@link #PAID}, after it (an invoice paid on
 * delivery) the order keeps standing where the goods are, so a delivered order stays delivered,
 * returnable and no longer cancellable once paid.
 */
public enum OrderStatus {
    PLACED,
    CONFIRMED,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    RETURN_REQUESTED,
    RETURNED;

    /**
     * The steps an order in this status may take, for an order paid by {@code payment} and paid
     * already or not. {@link #PAID} among them after shipping means recording the payment.
     */
    public Set<OrderStatus> next(PaymentMethod payment, boolean paid) {
        Set<OrderStatus> next = switch (this) {
            // a card is charged when the order is placed, which moves it to PAID at once
            case PLACED -> EnumSet.of(CONFIRMED, PAID, CANCELLED);
            case CONFIRMED ->
                payment == PaymentMethod.INVOICE ? EnumSet.of(PAID, SHIPPED, CANCELLED) : EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> payment == PaymentMethod.INVOICE ? EnumSet.of(DELIVERED, PAID) : EnumSet.of(DELIVERED);
            case DELIVERED ->
                payment == PaymentMethod.INVOICE ? EnumSet.of(RETURN_REQUESTED, PAID) : EnumSet.of(RETURN_REQUESTED);
            case RETURN_REQUESTED -> EnumSet.of(RETURNED);
            case CANCELLED, RETURNED -> EnumSet.noneOf(OrderStatus.class);
        };
        if (paid) {
            next.remove(PAID);
        }
        return next;
    }

    /** Nothing has left the warehouse yet: the goods can still go back on the shelf. */
    public boolean isBeforeShipping() {
        return this == PLACED || this == CONFIRMED || this == PAID;
    }

    /** Only before shipping, however the order is paid: after it the way back is a return. */
    public boolean isCancellable() {
        return isBeforeShipping();
    }

    public boolean isFinal() {
        return this == CANCELLED || this == RETURNED;
    }
}
