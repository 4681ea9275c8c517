package org.clientela.store;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clientela.account.CustomerSignedIn;

/**
 * The visitor's cart: SKUs and quantities only (priced afresh on every look by {@link
 * CartPricing}), in the order they were added. Once the visitor signs in, the cart is theirs:
 * what they collected joins what they kept from before ({@link CustomerCarts}), and every change
 * is written through, so it waits for them on any device. Small and serializable, as sessions
 * may travel between nodes. Its methods lock the lines, not the bean: a synchronized method would
 * make the CDI client proxy's method synchronized too, and the proxy is one for every session.
 */
@Named
@SessionScoped
public class Cart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, Integer> lines = new LinkedHashMap<>();

    /** The signed-in customer the cart is kept for, or null for a visitor. */
    private Long owner;

    @Inject
    private CustomerCarts stored;

    /** At sign-in: the session's lines join the customer's kept cart, which the session then shows. */
    void signedIn(@Observes CustomerSignedIn event) {
        long customerId = event.customerId();
        synchronized (lines) {
            if (Long.valueOf(customerId).equals(owner)) {
                return;
            }
            Map<String, Integer> merged = stored.merge(customerId, lines);
            lines.clear();
            lines.putAll(merged);
            owner = customerId;
        }
    }

    /** Adds to what the cart holds of this product already. */
    void add(String sku, int quantity) {
        synchronized (lines) {
            set(sku, lines.getOrDefault(sku, 0) + quantity);
        }
    }

    void set(String sku, int quantity) {
        synchronized (lines) {
            if (owner != null) {
                stored.put(owner, sku, quantity);
            }
            lines.put(sku, quantity);
        }
    }

    void remove(String sku) {
        synchronized (lines) {
            if (owner != null) {
                stored.remove(owner, sku);
            }
            lines.remove(sku);
        }
    }

    /** Ordered: the order took these lines out of the kept cart already, in its own transaction. */
    void ordered(java.util.Collection<String> skus) {
        synchronized (lines) {
            lines.keySet().removeAll(skus);
        }
    }

    int quantityOf(String sku) {
        synchronized (lines) {
            return lines.getOrDefault(sku, 0);
        }
    }

    Map<String, Integer> lines() {
        synchronized (lines) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        }
    }

    /** How many items, for the header. */
    public int getCount() {
        synchronized (lines) {
            return lines.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
