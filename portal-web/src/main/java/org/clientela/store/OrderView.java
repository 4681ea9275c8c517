package org.clientela.store;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
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
public class OrderView extends OrderPage {

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

    @Override
    protected CustomerOrder read(long id) {
        return orders.order(account.actor(), id);
    }

    /** Whether the person may act on the order (cancel, return, order again). */
    public boolean isMayOrder() {
        return getOrder() != null
                && access.allows(account.actor(), getOrder().getCustomer().getId(), AccessRight.PLACE_ORDERS);
    }

    public void cancel() throws IOException {
        try {
            orders.cancel(account.actor(), getId());
            Messages.addFlashGlobalInfo(Texts.get("order.cancelled"));
        } catch (IllegalTransitionException e) {
            Messages.addFlashGlobalError(Texts.get("order.tooLateToCancel"));
        }
        Faces.redirect("/account/order?id=" + getId());
    }

    public void requestReturn() throws IOException {
        try {
            orders.requestReturn(account.actor(), getId());
            Messages.addFlashGlobalInfo(Texts.get("order.returnRequested"));
        } catch (IllegalTransitionException e) {
            Messages.addFlashGlobalError(Texts.get("order.noReturn"));
        }
        Faces.redirect("/account/order?id=" + getId());
    }

    /** Puts the order's products into the cart again, as far as the stock allows today. */
    public void orderAgain() throws IOException {
        int added = 0;
        for (Map.Entry<String, Integer> line :
                orders.linesToOrderAgain(account.actor(), getId()).entrySet()) {
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
}
