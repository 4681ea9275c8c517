package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.Roles;

/**
 * The signed-in customer's cart, kept in the database so that it outlives the session: what a
 * visitor collected before signing in joins it (quantities added up), and every change is
 * written through. Lines hold SKUs and quantities only; prices and stock are read at every look.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class CustomerCarts {

    @PersistenceContext
    private EntityManager em;

    /** Adds the session's lines to the stored ones and answers the cart as it now stands. */
    public Map<String, Integer> merge(long customerId, Map<String, Integer> sessionLines) {
        Map<String, Integer> merged = lines(customerId);
        sessionLines.forEach((sku, quantity) ->
                merged.merge(sku, quantity, (stored, added) -> Math.min(CartPricing.MAX_QUANTITY, stored + added)));
        sessionLines.keySet().forEach(sku -> put(customerId, sku, merged.get(sku)));
        return merged;
    }

    public void put(long customerId, String sku, int quantity) {
        int updated = em.createNativeQuery("update cart_line set quantity = ?1 where customer_id = ?2 and sku = ?3")
                .setParameter(1, quantity)
                .setParameter(2, customerId)
                .setParameter(3, sku)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into cart_line (customer_id, sku, quantity, added_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, customerId)
                    .setParameter(2, sku)
                    .setParameter(3, quantity)
                    .setParameter(4, Timestamp.from(Instant.now()))
                    .executeUpdate();
        }
    }

    public void remove(long customerId, String sku) {
        em.createNativeQuery("delete from cart_line where customer_id = ?1 and sku = ?2")
                .setParameter(1, customerId)
                .setParameter(2, sku)
                .executeUpdate();
    }

    /** The stored lines, oldest first. */
    public Map<String, Integer> lines(long customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select sku, quantity from cart_line where customer_id = ?1 order by added_at, sku")
                .setParameter(1, customerId)
                .getResultList();
        Map<String, Integer> lines = new LinkedHashMap<>();
        rows.forEach(row -> lines.put((String) row[0], ((Number) row[1]).intValue()));
        return lines;
    }
}
