package org.clientela.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.clientela.platform.Texts;

/** The words pages show for an order's status, in the reader's language, and the statuses lists filter by. */
@Named
@ApplicationScoped
public class OrderLabels {

    public String status(OrderStatus status) {
        return Texts.get("order.status." + status.name());
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }
}
