package org.clientela.store;

import java.io.Serializable;
import java.util.List;
import org.clientela.platform.Texts;

/**
 * What adding to the cart came to, kept in the session between {@link CartAddServlet}'s redirect
 * and the product page that shows it once. It keeps the message's key and values, not its text:
 * the page says it in the visitor's language when it renders.
 *
 * @param sku the product the form was for: only its page shows the notice
 */
public record CartNotice(String sku, boolean problem, String key, List<Serializable> values) implements Serializable {

    static final String SESSION_ATTRIBUTE = CartNotice.class.getName();

    static CartNotice added(String sku, int quantity, String name) {
        return new CartNotice(sku, false, "cart.added", List.of(quantity, name));
    }

    static CartNotice notANumber(String sku) {
        return new CartNotice(sku, true, "cart.quantityNumber", List.of());
    }

    /** Why the cart refused, with the stock and what the cart already holds where that matters. */
    static CartNotice refused(String sku, CartPricing.Refusal refusal, int stock, int inCart) {
        return switch (refusal) {
            case NO_SUCH_PRODUCT -> new CartNotice(sku, true, "cart.noSuchProduct", List.of());
            case QUANTITY_OUT_OF_RANGE ->
                new CartNotice(sku, true, "cart.quantityRange", List.of(CartPricing.MAX_QUANTITY));
            case NOT_ENOUGH_STOCK ->
                inCart > 0
                        ? new CartNotice(sku, true, "cart.notEnoughStockWithCart", List.of(stock, inCart))
                        : new CartNotice(sku, true, "cart.notEnoughStock", List.of(stock));
        };
    }

    /** The message in the language of the page being rendered. */
    public String text() {
        return Texts.get(key, values.toArray());
    }
}
