package org.clientela.store;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Messages;

/** /cart: the session's cart priced from today's catalog; quantities changed or lines removed. */
@Named
@RequestScoped
public class CartView {

    @Inject
    private Cart cart;

    @Inject
    private CartPricing pricing;

    @Inject
    private UiLanguage uiLanguage;

    private CartPricing.PricedCart priced;

    /** The quantities in the form, by SKU: the cart's, until the visitor types others. */
    private final Map<String, Integer> edits = new HashMap<>();

    public CartPricing.PricedCart getPriced() {
        if (priced == null) {
            priced = pricing.price(cart.lines(), uiLanguage.getLanguage());
            priced.lines().forEach(line -> edits.putIfAbsent(line.sku(), line.quantity()));
        }
        return priced;
    }

    public Map<String, Integer> getEdits() {
        return edits;
    }

    /** Applies every changed quantity; a refused one stays as it was, with a message saying why. */
    public void update() {
        Map<String, Integer> current = cart.lines();
        boolean changed = false;
        for (Map.Entry<String, Integer> edit : new HashMap<>(edits).entrySet()) {
            Integer quantity = edit.getValue();
            if (!current.containsKey(edit.getKey()) || Objects.equals(quantity, current.get(edit.getKey()))) {
                continue;
            }
            CartPricing.Refusal refusal = quantity == null
                    ? CartPricing.Refusal.QUANTITY_OUT_OF_RANGE
                    : pricing.check(edit.getKey(), quantity);
            if (refusal == null) {
                cart.set(edit.getKey(), quantity);
                changed = true;
            } else {
                Messages.addGlobalError(explain(refusal, pricing.stockOf(edit.getKey()), 0));
                edits.remove(edit.getKey());
            }
        }
        if (changed) {
            Messages.addGlobalInfo(Texts.get("cart.changed"));
        }
        priced = null;
    }

    public void remove(String sku) {
        cart.remove(sku);
        edits.remove(sku);
        priced = null;
    }

    /** "Only N left" for a line that wants more than the stock now holds. */
    public String onlyLeft(CartPricing.Line line) {
        return Texts.get("cart.onlyLeft", line.available());
    }

    /** The visitor's words for a refusal; {@code inCart} is what the cart holds already. */
    static String explain(CartPricing.Refusal refusal, int stock, int inCart) {
        return CartNotice.refused(null, refusal, stock, inCart).text();
    }
}
