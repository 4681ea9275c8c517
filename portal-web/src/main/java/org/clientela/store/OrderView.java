package org.clientela.store;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.clientela.account.AccessRight;
import org.clientela.account.AccountAccess;
import org.clientela.account.AccountContext;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/order?id=: one order with its timeline, for whoever may see the account's orders; an
 * unknown id is a 404, somebody else's a 403. Cancelling, asking for a return and ordering again
 * need PLACE_ORDERS, which the services check again.
 */
@Named
@ViewScoped
public class OrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerOrders orders;

    @Inject
    private AccountAccess access;

    @Inject
    private AccountContext account;

    @Inject
    private Cart cart;

    @Inject
    private CartPricing pricing;

    private Long id;
    /** Entities stay out of the view state: read again on each request that needs it. */
    private transient CustomerOrder order;

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "no order");
            return;
        }
        try {
            order = orders.order(account.actor(), id);
        } catch (OrderNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
        }
    }

    /** Whether the person may act on the order (cancel, return, order again). */
    public boolean isMayOrder() {
        return getOrder() != null
                && access.allows(account.actor(), order.getCustomer().getId(), AccessRight.PLACE_ORDERS);
    }

    public void cancel() throws IOException {
        try {
            orders.cancel(account.actor(), id);
            Messages.addFlashGlobalInfo(Texts.get("order.cancelled"));
        } catch (IllegalTransitionException e) {
            Messages.addFlashGlobalError(Texts.get("order.tooLateToCancel"));
        }
        Faces.redirect("/account/order?id=" + id);
    }

    public void requestReturn() throws IOException {
        try {
            orders.requestReturn(account.actor(), id);
            Messages.addFlashGlobalInfo(Texts.get("order.returnRequested"));
        } catch (IllegalTransitionException e) {
            Messages.addFlashGlobalError(Texts.get("order.noReturn"));
        }
        Faces.redirect("/account/order?id=" + id);
    }

    /** Puts the order's products into the cart again, as far as the stock allows today. */
    public void orderAgain() throws IOException {
        int added = 0;
        for (Map.Entry<String, Integer> line :
                orders.linesToOrderAgain(account.actor(), id).entrySet()) {
            int quantity = Math.min(line.getValue(), CartPricing.MAX_QUANTITY - cart.quantityOf(line.getKey()));
            if (quantity > 0 && pricing.check(line.getKey(), cart.quantityOf(line.getKey()) + quantity) == null) {
                cart.add(line.getKey(), quantity);
                added++;
            } else {
                Messages.addFlashGlobalWarn(Texts.get("order.notAgain", line.getKey()));
            }
        }
        if (added > 0) {
            Messages.addFlashGlobalInfo(Texts.get("order.again"));
        }
        Faces.redirect("/cart");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CustomerOrder getOrder() {
        if (order == null && id != null) {
            // a postback on a view restored elsewhere: the form needs its order to be processed
            try {
                order = orders.order(account.actor(), id);
            } catch (OrderNotFoundException e) {
                return null;
            }
        }
        return order;
    }
}
