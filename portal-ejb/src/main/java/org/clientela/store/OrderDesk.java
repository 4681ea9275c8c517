package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Roles;

/**
 * Orders for the back office and the ERP: finding them, reading what changed, and moving them
 * along the lifecycle. Moving an order where it stands already changes nothing, so the ERP may
 * repeat a call safely.
 */
@Stateless
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
public class OrderDesk {

    /** The most orders one search or one page of changes returns. */
    public static final int PAGE_LIMIT = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrderLifecycle lifecycle;

    /** What staff filter the order list by; every part may be left out. */
    public record OrderQuery(OrderStatus status, Instant from, Instant until, String customer) {}

    /** The orders matching the query, newest first, at most {@code max} (up to {@link #PAGE_LIMIT} on screen, more for exports). */
    public List<OrderSummary> search(@NotNull OrderQuery query, int max) {
        String customer = query.customer() == null || query.customer().isBlank()
                ? null
                : "%" + query.customer().strip().toLowerCase(Locale.ROOT) + "%";
        return OrderSummary.find(
                em,
                "o.placedAt >= :from and o.placedAt < :until"
                        + (query.status() == null ? "" : " and o.status = :status")
                        + (customer == null
                                ? ""
                                : " and (lower(c.email) like :customer or lower(c.firstName) like :customer"
                                        + " or lower(c.lastName) like :customer or lower(c.companyName) like :customer)"),
                q -> {
                    if (query.status() != null) {
                        q.setParameter("status", query.status());
                    }
                    q.setParameter("from", query.from() == null ? Instant.EPOCH : query.from())
                            .setParameter(
                                    "until",
                                    query.until() == null ? Instant.parse("9999-12-31T00:00:00Z") : query.until());
                    if (customer != null) {
                        q.setParameter("customer", customer);
                    }
                },
                max);
    }

    public CustomerOrder order(long orderId) {
        CustomerOrder order = lifecycle.find(orderId);
        order.getLines().size();
        order.getSteps().size();
        order.getCustomer().getEmail();
        return order;
    }

    /**
     * Orders changed after {@code since}, oldest change first, with lines and steps: the ERP reads
     * them page by page, passing the last one's {@code updatedAt} as the next {@code since}.
     */
    public List<CustomerOrder> changedSince(@NotNull Instant since, int max) {
        List<CustomerOrder> orders = em.createQuery(
                        "select o from CustomerOrder o join fetch o.customer where o.updatedAt > :since"
                                + " order by o.updatedAt, o.id",
                        CustomerOrder.class)
                .setParameter("since", since)
                .setMaxResults(Math.min(max, PAGE_LIMIT))
                .getResultList();
        orders.forEach(order -> {
            order.getLines().size();
            order.getSteps().size();
        });
        return orders;
    }

    /**
     * Moves the order on; {@code shipment} is needed for {@link OrderStatus#SHIPPED} only.
     *
     * @return whether anything changed
     * @throws IllegalTransitionException when the lifecycle does not lead there
     */
    public boolean move(
            long orderId,
            @NotNull OrderStatus target,
            @Valid Shipment shipment,
            @NotNull Actor actor,
            @NotNull Channel channel) {
        if (target == OrderStatus.SHIPPED && shipment == null) {
            throw new IllegalArgumentException("a shipped order has a carrier and a tracking number");
        }
        return lifecycle.move(lifecycle.find(orderId), target, shipment, actor, channel);
    }
}
