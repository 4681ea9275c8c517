package org.clientela.store;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The visitor's cart for this session: SKUs and quantities only (priced afresh on every look by
 * {@link CartPricing}), in the order they were added. Small and serializable, as sessions may
 * travel between nodes.
 */
@Named
@SessionScoped
public class Cart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, Integer> lines = new LinkedHashMap<>();

    /** Adds to what the cart holds of this product already. */
    synchronized void add(String sku, int quantity) {
        lines.merge(sku, quantity, Integer::sum);
    }

    synchronized void set(String sku, int quantity) {
        lines.put(sku, quantity);
    }

    synchronized void remove(String sku) {
        lines.remove(sku);
    }

    synchronized int quantityOf(String sku) {
        return lines.getOrDefault(sku, 0);
    }

    synchronized Map<String, Integer> lines() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /** How many items, for the header. */
    public synchronized int getCount() {
        return lines.values().stream().mapToInt(Integer::intValue).sum();
    }
}
