package org.clientela.store;

import java.io.Serializable;

/** Which order a checkout placed (or had placed already, for a repeated submission). */
public record OrderReceipt(long id, String number) implements Serializable {

    static OrderReceipt of(CustomerOrder order) {
        return new OrderReceipt(order.getId(), order.number());
    }
}
