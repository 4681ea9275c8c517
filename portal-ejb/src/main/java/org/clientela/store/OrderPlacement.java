package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.account.AccessRight;
import org.clientela.account.AccountAccess;
import org.clientela.account.CustomerDirectory;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;
import org.clientela.receivables.Receivables;
import org.clientela.store.CheckoutRefusal.Reason;
import org.clientela.store.PaymentProvider.Authorisation;
import org.clientela.store.PaymentProvider.Decline;
import org.clientela.store.PaymentProvider.PaymentRequest;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * One attempt at placing an order, in one transaction: the order with its lines, the stock taken,
 * the cart emptied, the confirmation mail queued, the invoice of an order paid on invoice and the
 * CRM interactions recorded all commit together or not at all. {@link Checkout} calls it again
 * when another order took the same stock meanwhile.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class OrderPlacement {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountAccess access;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private OrderJournal journal;

    @Inject
    private Receivables receivables;

    @Inject
    @Any
    private Instance<PaymentProvider> providers;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OrderReceipt place(Actor actor, long accountId, CheckoutRequest request, Channel channel) {
        Customer account = access.require(actor, accountId, AccessRight.PLACE_ORDERS);
        Optional<OrderReceipt> placed = existing(accountId, request.idempotencyKey());
        if (placed.isPresent()) {
            return placed.get();
        }
        // the person ordering: mostly the account's owner, already at hand
        Customer person = actor.subject() != null && actor.subject().equals(account.getSubject())
                ? account
                : directory
                        .findBySubject(actor.subject())
                        .orElseThrow(() -> new CheckoutRefusal(Reason.EMAIL_NOT_VERIFIED));
        if (!person.isEmailVerified()) {
            throw new CheckoutRefusal(Reason.EMAIL_NOT_VERIFIED);
        }
        Map<String, Product> products = products(request.lines());
        // a product this order sells out reaches the search index (its "in stock" facet) just after
        // the commit, without the buyer waiting for the index's refresh, which under load would
        // lengthen every placement; the database, not the index, guards the stock
        Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());

        Instant now = Instant.now();
        CustomerOrder order = new CustomerOrder(
                account,
                actor,
                request.idempotencyKey(),
                request.language(),
                request.delivery(),
                request.shipping(),
                request.billing(),
                channel,
                now);
        request.lines().forEach((sku, quantity) -> {
            Product product = products.get(sku);
            if (product == null) {
                throw new CheckoutRefusal(Reason.PRODUCT_GONE, sku, 0);
            }
            if (quantity == null
                    || quantity < 1
                    || quantity > CartPricing.MAX_QUANTITY
                    || quantity > product.getStock()) {
                throw new CheckoutRefusal(Reason.NOT_ENOUGH_STOCK, sku, product.getStock());
            }
            order.add(new OrderLine(
                    sku,
                    product.textIn(request.language()).getName(),
                    quantity,
                    product.grossPrice(),
                    product.getVatRate()));
        });
        if (order.getTotal().compareTo(request.expectedTotal()) != 0) {
            throw new CheckoutRefusal(Reason.PRICE_CHANGED);
        }

        Authorisation payment = provider(request.payment())
                .authorise(new PaymentRequest(
                        request.idempotencyKey(), order.getTotal(), order.getCurrency(), request.cardNumber()));
        if (!payment.isApproved()) {
            throw new CheckoutRefusal(
                    payment.decline() == Decline.INVALID_CARD ? Reason.CARD_INVALID : Reason.CARD_DECLINED);
        }
        order.paidWith(request.payment(), payment.reference(), payment.note());
        boolean paid = request.payment().isPaidAtCheckout();
        if (paid) {
            // the card was charged: the order is paid from its first moment, and its timeline says so
            order.moveTo(OrderStatus.PAID, null, Actor.SYSTEM, Channel.SYSTEM, now);
        }

        // in SKU order, so that two orders for the same products meet in the same order
        products.values().stream().sorted(Comparator.comparing(Product::getSku)).forEach(product -> {
            product.reserve(request.lines().get(product.getSku()));
            product.reindexIfListingMoved(em); // sold out: the search shows it
        });
        em.persist(order);
        try {
            // a conflict on the stock, or the same key submitted twice at once, shows here
            em.flush();
        } catch (PersistenceException e) {
            throw new PlacementConflict(e);
        }

        // what was ordered leaves the cart of the person who ordered it
        em.createNativeQuery("delete from cart_line where customer_id = ?1 and sku in (?2)")
                .setParameter(1, person.getId())
                .setParameter(2, List.copyOf(request.lines().keySet()))
                .executeUpdate();
        journal.placed(order, actor, channel);
        if (paid) {
            journal.moved(order, OrderStatus.PAID, Actor.SYSTEM, Channel.SYSTEM);
        }
        if (request.payment() == PaymentMethod.INVOICE) {
            receivables.issue(
                    account, order.getId(), order.number(), order.getTotal(), order.getCurrency(), now, actor, channel);
        }
        return OrderReceipt.of(order);
    }

    /** The order a submission with this key placed already, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OrderReceipt> existing(long accountId, String idempotencyKey) {
        return em.createQuery(
                        "select o from CustomerOrder o where o.customer.id = :account and o.idempotencyKey = :key",
                        CustomerOrder.class)
                .setParameter("account", accountId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst()
                .map(OrderReceipt::ofEarlier);
    }

    private Map<String, Product> products(Map<String, Integer> lines) {
        if (lines.isEmpty()) {
            throw new CheckoutRefusal(Reason.EMPTY_CART);
        }
        // one query per SKU rather than "sku in (…)": Hibernate keeps the translated SQL of a query
        // with one parameter, while an IN list of another length is translated again for every
        // order; the texts come in the same row set
        Map<String, Product> products = new HashMap<>();
        for (String sku : lines.keySet()) {
            em
                    .createQuery(
                            "select p from Product p left join fetch p.texts where p.sku = :sku and p.active = true",
                            Product.class)
                    .setParameter("sku", sku)
                    .getResultList()
                    .stream()
                    .findFirst()
                    .ifPresent(product -> products.put(sku, product));
        }
        return products;
    }

    private PaymentProvider provider(PaymentMethod method) {
        return providers.stream()
                .filter(p -> p.method() == method)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no payment provider for " + method));
    }
}
