package org.clientela.store;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clientela.account.AccountContext;

/** /account/orders: the account's orders, newest first, filtered by status and searched by GET parameters. */
@Named
@RequestScoped
public class OrdersView {

    @Inject
    private CustomerOrders orders;

    @Inject
    private AccountContext account;

    private OrderStatus status;
    private String q;
    private List<OrderSummary> found;

    public List<OrderSummary> getOrders() {
        if (found == null) {
            found = orders.list(account.actor(), account.id(), status, q);
        }
        return found;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
