package org.clientela.store;

import java.io.Serializable;

/**
 * Which order a checkout placed (or had placed already, for a repeated submission).
 *
 * @param repeated the submission was a repeat: an earlier one with the same key placed the order
 */
public record OrderReceipt(long id, String number, boolean repeated) implements Serializable {

    static OrderReceipt of(CustomerOrder order) {
        return new OrderReceipt(order.getId(), order.number(), false);
    }

    static OrderReceipt ofEarlier(CustomerOrder order) {
        return new OrderReceipt(order.getId(), order.number(), true);
    }
}
