package org.clientela.store;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clientela.platform.Language;

/**
 * Prices a cart from today's catalog: each line at the product's current gross price, checked
 * against its stock. A cart keeps only SKUs and quantities, so a price or stock change shows at
 * the next look, never a stale figure.
 */
@Stateless
@PermitAll
public class CartPricing {

    /** The most of one product a cart takes. */
    public static final int MAX_QUANTITY = 99;

    @PersistenceContext
    private EntityManager em;

    /** A cart line as priced now; {@code available} is the stock, {@code null} if the product is gone. */
    public record Line(
            String sku, String name, BigDecimal unitPrice, int quantity, BigDecimal total, Integer available) {

        public boolean isGone() {
            return available == null;
        }

        public boolean exceedsStock() {
            return available != null && quantity > available;
        }
    }

    public record PricedCart(List<Line> lines, BigDecimal total, String currency) {

        public boolean isEmpty() {
            return lines.isEmpty();
        }

        /** Whether every line can be ordered as it stands. */
        public boolean isOrderable() {
            return !lines.isEmpty() && lines.stream().noneMatch(line -> line.isGone() || line.exceedsStock());
        }
    }

    /** Why a quantity of a product cannot go into the cart, or null when it can. */
    public enum Refusal {
        NO_SUCH_PRODUCT,
        QUANTITY_OUT_OF_RANGE,
        NOT_ENOUGH_STOCK
    }

    public Refusal check(String sku, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            return Refusal.QUANTITY_OUT_OF_RANGE;
        }
        Product product = active(List.of(sku)).get(sku);
        if (product == null) {
            return Refusal.NO_SUCH_PRODUCT;
        }
        return quantity > product.getStock() ? Refusal.NOT_ENOUGH_STOCK : null;
    }

    /** The stock of an active product, for the message that says how many are left. */
    public int stockOf(String sku) {
        Product product = active(List.of(sku)).get(sku);
        return product == null ? 0 : product.getStock();
    }

    public PricedCart price(Map<String, Integer> quantities, Language language) {
        Map<String, Product> products = quantities.isEmpty() ? Map.of() : active(quantities.keySet());
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
            Product product = products.get(entry.getKey());
            if (product == null) {
                lines.add(new Line(entry.getKey(), entry.getKey(), null, entry.getValue(), null, null));
                continue;
            }
            BigDecimal unit = product.grossPrice();
            BigDecimal lineTotal = unit.multiply(BigDecimal.valueOf(entry.getValue()));
            total = total.add(lineTotal);
            lines.add(new Line(
                    product.getSku(),
                    product.textIn(language).getName(),
                    unit,
                    entry.getValue(),
                    lineTotal,
                    product.getStock()));
        }
        return new PricedCart(List.copyOf(lines), total, Product.CURRENCY);
    }

    private Map<String, Product> active(Collection<String> skus) {
        return em.createQuery("select p from Product p where p.sku in :skus and p.active = true", Product.class)
                .setParameter("skus", skus)
                .getResultStream()
                .collect(Collectors.toMap(Product::getSku, Function.identity()));
    }
}
