package org.clientela.store;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.receivables.Receivables;

/**
 * Moves orders along, whoever asks (the customer, staff, the ERP): the order checks the step,
 * a cancelled order's goods go back to the stock and its invoice owes nothing any more, and the
 * journal records it, all in the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderLifecycle {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrderJournal journal;

    @Inject
    private Receivables receivables;

    /**
     * @return whether anything changed; false when the order stood there already
     * @throws IllegalTransitionException when the lifecycle does not lead there
     */
    public boolean move(CustomerOrder order, OrderStatus target, Shipment shipment, Actor actor, Channel channel) {
        if (!order.moveTo(target, shipment, actor, channel, Instant.now())) {
            return false;
        }
        if (target == OrderStatus.CANCELLED) {
            putBack(order);
            receivables.cancelForOrder(order.getId());
        }
        if (target == OrderStatus.PAID) {
            receivables.settleForOrder(order.getId(), actor, channel);
        }
        journal.moved(order, target, actor, channel);
        return true;
    }

    public CustomerOrder find(long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null) {
            throw new OrderNotFoundException(CustomerOrder.numberOf(id));
        }
        return order;
    }

    private void putBack(CustomerOrder order) {
        // locked, not versioned: returning stock waits for a checkout rather than failing against it
        Map<String, Product> products = em.createQuery("select p from Product p where p.sku in :skus", Product.class)
                .setParameter(
                        "skus", order.getLines().stream().map(OrderLine::getSku).toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .collect(Collectors.toMap(Product::getSku, Function.identity()));
        order.getLines().forEach(line -> {
            Product product = products.get(line.getSku());
            if (product != null) {
                product.release(line.getQuantity());
                product.reindexIfListingMoved(em);
            }
        });
    }
}
