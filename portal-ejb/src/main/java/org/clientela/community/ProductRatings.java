package org.clientela.community;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.store.Product;

/** A product's rating in numbers, counted from its visible reviews in one grouped query. */
@Stateless
@PermitAll
public class ProductRatings {

    @PersistenceContext
    private EntityManager em;

    public RatingSummary summary(String sku) {
        return RatingSummary.of(counts(
                "select r.rating, count(r) from Review r where r.product.sku = :key and r.hiddenAt is null"
                        + " group by r.rating",
                sku));
    }

    /**
     * Counts again and stores average and count on the product, in the caller's transaction, after
     * every write, hiding or showing: the catalog's facet reads them from the product.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RatingSummary recompute(Product product) {
        em.flush();
        RatingSummary summary = RatingSummary.of(counts(
                "select r.rating, count(r) from Review r where r.product = :key and r.hiddenAt is null"
                        + " group by r.rating",
                product));
        product.rate(summary.average(), (int) summary.count());
        return summary;
    }

    private Map<Integer, Long> counts(String jpql, Object key) {
        List<Object[]> rows =
                em.createQuery(jpql, Object[].class).setParameter("key", key).getResultList();
        Map<Integer, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }
}
