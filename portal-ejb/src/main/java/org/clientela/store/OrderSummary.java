package org.clientela.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** An order as lists show it: one row, without its lines. */
public record OrderSummary(
        long id,
        String number,
        Instant placedAt,
        OrderStatus status,
        BigDecimal total,
        String currency,
        long items,
        long customerId,
        String customerName,
        String customerEmail)
        implements Serializable {

    /**
     * The orders a query finds, newest first, at most {@code max}.
     *
     * @param where a JPQL condition over {@code o} (the order) and {@code c} (its customer)
     */
    static List<OrderSummary> find(EntityManager em, String where, Consumer<TypedQuery<?>> parameters, int max) {
        TypedQuery<Object[]> query = em.createQuery(
                "select o.id, o.placedAt, o.status, o.total, o.currency, c.id, c.companyName, c.firstName,"
                        + " c.lastName, c.email from CustomerOrder o join o.customer c where " + where
                        + " order by o.placedAt desc, o.id desc",
                Object[].class);
        parameters.accept(query);
        List<Object[]> rows = query.setMaxResults(max).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> items = em.createQuery(
                        "select o.id, sum(l.quantity) from CustomerOrder o join o.lines l where o.id in :ids"
                                + " group by o.id",
                        Object[].class)
                .setParameter("ids", rows.stream().map(row -> row[0]).toList())
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
        return rows.stream()
                .map(row -> {
                    long id = (Long) row[0];
                    String name = row[6] != null
                            ? (String) row[6]
                            : ((row[7] == null ? "" : row[7]) + " " + (row[8] == null ? "" : row[8])).trim();
                    return new OrderSummary(
                            id,
                            CustomerOrder.numberOf(id),
                            (Instant) row[1],
                            (OrderStatus) row[2],
                            (BigDecimal) row[3],
                            (String) row[4],
                            items.getOrDefault(id, 0L),
                            (Long) row[5],
                            name,
                            (String) row[9]);
                })
                .toList();
    }
}
