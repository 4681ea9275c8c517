package org.clientela.store;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. The allowed steps are written here once; the order refuses any other.
 * Payment on delivery (invoice) may ship before it is paid; a card order is paid first.
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

    /** The statuses an order in this one may move to, for an order paid by {@code payment}. */
    public Set<OrderStatus> next(PaymentMethod payment) {
        return switch (this) {
            case PLACED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED ->
                payment == PaymentMethod.INVOICE ? EnumSet.of(PAID, SHIPPED, CANCELLED) : EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED ->
                payment == PaymentMethod.INVOICE ? EnumSet.of(PAID, RETURN_REQUESTED) : EnumSet.of(RETURN_REQUESTED);
            case RETURN_REQUESTED -> EnumSet.of(RETURNED);
            case CANCELLED, RETURNED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Before shipping the customer may still cancel. */
    public boolean isCancellable() {
        return this == PLACED || this == CONFIRMED || this == PAID;
    }

    public boolean isFinal() {
        return this == CANCELLED || this == RETURNED;
    }
}
