package org.clientela.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clientela.account.CustomerDirectory;
import org.clientela.crm.InteractionType;
import org.clientela.it.support.incontainer.AsAdmin;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.it.support.incontainer.GrantRows;
import org.clientela.mail.MailTemplate;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.clientela.store.CheckoutRefusal.Reason;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Placing orders inside the server: once per idempotency key, never more than the stock under
 * contention, nothing kept of a refused order, and the lifecycle's rules with stock returned on
 * cancellation.
 */
@ExtendWith(ArquillianExtension.class)
class OrdersIT {

    @Inject
    Checkout checkout;

    @Inject
    CustomerOrders orders;

    @Inject
    OrderDesk desk;

    @Inject
    CatalogSync catalog;

    @Inject
    CatalogReader reader;

    @Inject
    CustomerDirectory directory;

    @Inject
    AsCustomer asCustomer;

    @Inject
    AsAdmin asAdmin;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    String key;
    String category;

    @BeforeEach
    void aCategory() throws Exception {
        key = UUID.randomUUID().toString().substring(0, 8);
        category = "orders-" + key;
        asAdmin.call(() -> catalog.upsertCategories(
                List.of(new CategoryData(category, null, true, Map.of("en", "Orders " + key)))));
    }

    @Test
    void theSameFormSubmittedTwiceMakesOneOrder() throws Exception {
        String sku = product("TWICE", "10.00", 5);
        Customer olena = customer(true);
        CheckoutRequest request = request(Map.of(sku, 2), "28.90", PaymentMethod.INVOICE, null);

        OrderReceipt first = place(olena, request);
        OrderReceipt second = place(olena, request);

        assertEquals(first.id(), second.id());
        assertEquals(first.number(), second.number());
        assertFalse(first.repeated());
        assertTrue(second.repeated(), "the second submission is told it repeated the first");
        assertEquals(3, stockOf(sku));
        assertEquals(1, count("select count(o) from CustomerOrder o where o.customer.id = ?1", olena.getId()));
        assertEquals(
                1,
                count(
                        "select count(m) from OutboxMail m where m.customer.id = ?1 and m.template = ?2",
                        olena.getId(),
                        MailTemplate.ORDER_PLACED.key()),
                "one confirmation mail");
        assertEquals(
                1,
                count(
                        "select count(i) from Interaction i where i.customer.id = ?1 and i.type = ?2",
                        olena.getId(),
                        InteractionType.ORDER_PLACED));

        CustomerOrder order = asCustomer.call(() -> orders.order(Actor.of(olena), first.id()));
        assertEquals(0, new BigDecimal("28.90").compareTo(order.getTotal()));
        assertEquals(1, order.getLines().size());
        OrderLine line = order.getLines().get(0);
        assertEquals(sku, line.getSku());
        assertEquals(2, line.getQuantity());
        assertEquals(0, new BigDecimal("12.00").compareTo(line.getUnitPrice()));
        assertEquals(List.of(OrderStatus.PLACED), statuses(order));
    }

    @Test
    void fiftyCheckoutsForTheLastTenUnitsMakeTenOrders() throws Exception {
        String sku = product("LAST", "1.00", 10);
        List<Customer> buyers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            buyers.add(customer(true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        try {
            for (Customer buyer : buyers) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return place(buyer, request(Map.of(sku, 1), "6.10", PaymentMethod.INVOICE, null));
                    } catch (CheckoutRefusal refusal) {
                        return refusal.getReason();
                    }
                }));
            }
            start.countDown();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(3, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, results.stream().filter(OrderReceipt.class::isInstance).count(), results::toString);
        assertEquals(
                40,
                results.stream().filter(Reason.NOT_ENOUGH_STOCK::equals).count(),
                () -> "the others were told the stock ran out: " + results);
        assertEquals(0, stockOf(sku));
        assertEquals(10, count("select count(l) from CustomerOrder o join o.lines l where l.sku = ?1", sku));
    }

    @Test
    void aDeclinedCardKeepsNothingAndLeavesTheCart() throws Exception {
        String sku = product("DECLINE", "10.00", 5);
        Customer olena = customer(true);
        tx.begin();
        em.createNativeQuery("insert into cart_line (customer_id, sku, quantity, added_at) values (?1, ?2, 1, ?3)")
                .setParameter(1, olena.getId())
                .setParameter(2, sku)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        tx.commit();

        assertEquals(
                Reason.CARD_DECLINED,
                refusal(olena, request(Map.of(sku, 1), "16.90", PaymentMethod.CARD, TestCardPayment.DECLINED_CARD)));
        assertEquals(
                Reason.CARD_INVALID,
                refusal(olena, request(Map.of(sku, 1), "16.90", PaymentMethod.CARD, "4242 4242 4242 4241")));
        assertEquals(
                Reason.PRICE_CHANGED,
                refusal(olena, request(Map.of(sku, 1), "15.00", PaymentMethod.CARD, "4242424242424242")),
                "the customer saw another total");
        assertEquals(
                Reason.NOT_ENOUGH_STOCK, refusal(olena, request(Map.of(sku, 6), "76.90", PaymentMethod.INVOICE, null)));
        assertEquals(
                Reason.PRODUCT_GONE,
                refusal(
                        olena,
                        request(Map.of("NO-SUCH-" + key.toUpperCase(), 1), "4.90", PaymentMethod.INVOICE, null)));

        assertEquals(5, stockOf(sku));
        assertEquals(0, count("select count(o) from CustomerOrder o where o.customer.id = ?1", olena.getId()));
        assertEquals(Map.of(sku, 1), cartOf(olena));

        OrderReceipt paid = place(olena, request(Map.of(sku, 1), "16.90", PaymentMethod.CARD, "4242 4242 4242 4242"));
        CustomerOrder order = asCustomer.call(() -> orders.order(Actor.of(olena), paid.id()));
        assertEquals("•••• 4242", order.getPaymentNote());
        assertTrue(cartOf(olena).isEmpty(), "ordered, so out of the cart");
    }

    @Test
    void aCustomerWhoHasNotVerifiedTheirAddressCannotOrder() throws Exception {
        String sku = product("UNVERIFIED", "10.00", 5);
        Customer unverified = customer(false);
        assertEquals(
                Reason.EMAIL_NOT_VERIFIED,
                refusal(unverified, request(Map.of(sku, 1), "16.90", PaymentMethod.INVOICE, null)));
        assertEquals(5, stockOf(sku));
    }

    @Test
    void theLifecycleRefusesSkippedStepsAndCancellingReturnsTheStock() throws Exception {
        String sku = product("CYCLE", "10.00", 5);
        Customer olena = customer(true);
        Actor erp = new Actor("erp-connector", "ERP");
        OrderReceipt card = place(olena, request(Map.of(sku, 2), "28.90", PaymentMethod.CARD, "4242424242424242"));
        assertEquals(3, stockOf(sku));

        // the approved card is the payment: the order is paid from the start, and its timeline says so
        CustomerOrder placed = asCustomer.call(() -> orders.order(Actor.of(olena), card.id()));
        assertEquals(OrderStatus.PAID, placed.getStatus());
        assertTrue(placed.isPaid());
        assertEquals(
                1,
                count(
                        "select count(i) from Interaction i where i.customer.id = ?1 and i.type = ?2",
                        olena.getId(),
                        InteractionType.ORDER_PAID));
        assertFalse(move(card, OrderStatus.PAID, null, erp), "the ERP saying it was paid changes nothing");
        assertThrows(
                IllegalTransitionException.class,
                () -> move(card, OrderStatus.DELIVERED, null, erp),
                "delivered before it shipped");
        Shipment parcel = new Shipment("DHL", "JD00042", "https://track.example/JD00042");
        assertTrue(move(card, OrderStatus.SHIPPED, parcel, erp));
        assertFalse(move(card, OrderStatus.SHIPPED, parcel, erp));

        assertThrows(
                IllegalTransitionException.class,
                () -> asCustomer.call(() -> {
                    orders.cancel(Actor.of(olena), card.id());
                    return null;
                }),
                "too late to cancel");
        assertTrue(move(card, OrderStatus.DELIVERED, null, erp));
        asCustomer.call(() -> {
            orders.requestReturn(Actor.of(olena), card.id());
            return null;
        });
        assertTrue(move(card, OrderStatus.RETURNED, null, erp));
        CustomerOrder returned = asCustomer.call(() -> orders.order(Actor.of(olena), card.id()));
        assertEquals(
                List.of(
                        OrderStatus.PLACED,
                        OrderStatus.PAID,
                        OrderStatus.SHIPPED,
                        OrderStatus.DELIVERED,
                        OrderStatus.RETURN_REQUESTED,
                        OrderStatus.RETURNED),
                statuses(returned));
        assertEquals("DHL JD00042", returned.getSteps().get(2).getNote());
        assertEquals("https://track.example/JD00042", returned.getTrackingUrl());

        // an invoice order may ship before it is paid; cancelling one returns its goods
        OrderReceipt invoice = place(olena, request(Map.of(sku, 3), "40.90", PaymentMethod.INVOICE, null));
        assertEquals(0, stockOf(sku));
        awaitListedInStock(sku, false); // the search follows a product that sells out…
        asCustomer.call(() -> {
            orders.cancel(Actor.of(olena), invoice.id());
            return null;
        });
        assertEquals(3, stockOf(sku));
        awaitListedInStock(sku, true); // …and comes back
        assertEquals(
                OrderStatus.CANCELLED,
                asCustomer.call(
                        () -> orders.order(Actor.of(olena), invoice.id()).getStatus()));
        assertThrows(IllegalTransitionException.class, () -> move(invoice, OrderStatus.CONFIRMED, null, erp));
    }

    @Test
    void anInvoicePaidAfterDeliveryStaysDeliveredAndCanOnlyBeReturned() throws Exception {
        String sku = product("PAIDLATE", "10.00", 5);
        Customer olena = customer(true);
        Actor erp = new Actor("erp-connector", "ERP");
        OrderReceipt invoice = place(olena, request(Map.of(sku, 1), "16.90", PaymentMethod.INVOICE, null));
        assertEquals(
                OrderStatus.PLACED,
                asCustomer.call(
                        () -> orders.order(Actor.of(olena), invoice.id()).getStatus()),
                "an invoice is not paid at checkout");
        assertTrue(move(invoice, OrderStatus.CONFIRMED, null, erp));
        assertTrue(move(invoice, OrderStatus.SHIPPED, new Shipment("DHL", "JD" + key, null), erp));
        assertTrue(move(invoice, OrderStatus.DELIVERED, null, erp));
        assertTrue(move(invoice, OrderStatus.PAID, null, erp));
        assertFalse(move(invoice, OrderStatus.PAID, null, erp));

        CustomerOrder paid = asCustomer.call(() -> orders.order(Actor.of(olena), invoice.id()));
        assertEquals(OrderStatus.DELIVERED, paid.getStatus(), "paying does not undo the delivery");
        assertTrue(paid.isPaid());
        assertThrows(
                IllegalTransitionException.class,
                () -> asCustomer.call(() -> {
                    orders.cancel(Actor.of(olena), invoice.id());
                    return null;
                }),
                "delivered goods are returned, not cancelled");
        assertEquals(4, stockOf(sku), "the stock did not come back");
        asCustomer.call(() -> {
            orders.requestReturn(Actor.of(olena), invoice.id());
            return null;
        });
        assertTrue(move(invoice, OrderStatus.RETURNED, null, erp));
        assertEquals(
                List.of(
                        OrderStatus.PLACED,
                        OrderStatus.CONFIRMED,
                        OrderStatus.SHIPPED,
                        OrderStatus.DELIVERED,
                        OrderStatus.PAID,
                        OrderStatus.RETURN_REQUESTED,
                        OrderStatus.RETURNED),
                statuses(asCustomer.call(() -> orders.order(Actor.of(olena), invoice.id()))));
    }

    @Test
    void anotherCustomersOrderIsRefused() throws Exception {
        String sku = product("MINE", "10.00", 5);
        Customer olena = customer(true);
        Customer ivan = customer(true);
        OrderReceipt receipt = place(olena, request(Map.of(sku, 1), "16.90", PaymentMethod.INVOICE, null));

        assertThrows(
                AccessDeniedException.class, () -> asCustomer.call(() -> orders.order(Actor.of(ivan), receipt.id())));
        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(() -> {
                    orders.cancel(Actor.of(ivan), receipt.id());
                    return null;
                }));
        assertThrows(
                OrderNotFoundException.class,
                () -> asCustomer.call(() -> orders.order(Actor.of(ivan), Long.MAX_VALUE - 7)));
        assertTrue(asCustomer
                .call(() -> orders.list(Actor.of(ivan), ivan.getId(), null, null))
                .isEmpty());
        assertEquals(
                List.of(receipt.number()),
                asCustomer.call(() -> orders.list(Actor.of(olena), olena.getId(), null, "mine")).stream()
                        .map(OrderSummary::number)
                        .toList());
        assertTrue(asCustomer
                .call(() -> orders.list(Actor.of(olena), olena.getId(), OrderStatus.SHIPPED, null))
                .isEmpty());
        assertEquals(
                List.of(receipt.number()),
                asCustomer.call(() -> orders.list(Actor.of(olena), olena.getId(), null, receipt.number())).stream()
                        .map(OrderSummary::number)
                        .toList(),
                "found by its number");
        assertTrue(
                asCustomer
                        .call(() -> orders.list(Actor.of(olena), olena.getId(), null, "no such words"))
                        .isEmpty(),
                "a search that matches nothing finds nothing");
        assertEquals(
                OrderStatus.PLACED,
                asCustomer.call(
                        () -> orders.order(Actor.of(olena), receipt.id()).getStatus()),
                "nothing happened to it");
    }

    @Test
    void aGranteeWithPlaceOrdersOrdersForTheOwnerAndTheOrderSaysWho() throws Exception {
        String sku = product("FOROWNER", "10.00", 5);
        Customer owner = customer(true);
        Customer buyer = customer(true);
        Customer viewer = customer(true);
        GrantRows.inForce(em, tx, owner, buyer, "PLACE_ORDERS,VIEW_ORDERS");
        GrantRows.inForce(em, tx, owner, viewer, "VIEW_ORDERS");

        OrderReceipt receipt = asCustomer.call(() -> checkout.place(
                Actor.of(buyer), owner.getId(), request(Map.of(sku, 1), "16.90", PaymentMethod.INVOICE, null)));

        CustomerOrder order = asCustomer.call(() -> orders.order(Actor.of(owner), receipt.id()));
        assertEquals(owner.getId(), order.getCustomer().getId(), "the order is the owner's");
        assertTrue(order.isPlacedByOther());
        assertEquals(buyer.displayName(), order.getPlacedByName(), "and says who placed it");
        assertEquals(
                1,
                count(
                        "select count(i) from Interaction i where i.customer.id = ?1 and i.type = ?2"
                                + " and i.actorSubject = ?3",
                        owner.getId(),
                        InteractionType.ORDER_PLACED,
                        buyer.getSubject()),
                "the owner's timeline shows the grantee as the actor");

        assertEquals(
                List.of(receipt.number()),
                asCustomer.call(() -> orders.list(Actor.of(viewer), owner.getId(), null, null)).stream()
                        .map(OrderSummary::number)
                        .toList(),
                "VIEW_ORDERS sees the owner's orders");
        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(() -> checkout.place(
                        Actor.of(viewer),
                        owner.getId(),
                        request(Map.of(sku, 1), "16.90", PaymentMethod.INVOICE, null))),
                "but may not order for the owner");
        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(() -> {
                    orders.cancel(Actor.of(viewer), receipt.id());
                    return null;
                }));
        assertEquals(4, stockOf(sku));
    }

    private static List<OrderStatus> statuses(CustomerOrder order) {
        return order.getSteps().stream().map(OrderStep::getStatus).toList();
    }

    private boolean move(OrderReceipt order, OrderStatus status, Shipment shipment, Actor actor) throws Exception {
        return asAdmin.call(() -> desk.move(order.id(), status, shipment, actor, Channel.API));
    }

    private OrderReceipt place(Customer customer, CheckoutRequest request) throws Exception {
        return asCustomer.call(() -> checkout.place(Actor.of(customer), customer.getId(), request));
    }

    private Reason refusal(Customer customer, CheckoutRequest request) {
        try {
            place(customer, request);
        } catch (CheckoutRefusal refusal) {
            return refusal.getReason();
        } catch (Exception e) {
            throw new AssertionError("expected a refusal", e);
        }
        throw new AssertionError("the order was placed");
    }

    private CheckoutRequest request(
            Map<String, Integer> lines, String expectedTotal, PaymentMethod payment, String card) {
        OrderAddress address = new OrderAddress("Olena Kovalenko", "ul. Vitosha 1", "1000", "Sofia", "BG");
        return new CheckoutRequest(
                UUID.randomUUID().toString(),
                new LinkedHashMap<>(lines),
                new BigDecimal(expectedTotal),
                address,
                address,
                DeliveryMethod.STANDARD,
                payment,
                card,
                Language.EN);
    }

    /** A product at {@code net} plus 20 % VAT. */
    /** Waits for the catalog search to list the product in stock, or out of it. */
    private void awaitListedInStock(String sku, boolean inStock) {
        Eventually.await(
                sku + (inStock ? " listed in stock" : " listed out of stock"),
                Duration.ofSeconds(10),
                () -> reader.search(Language.EN, CatalogQuery.all(category, 50))
                        .flatMap(listing -> listing.page().products().stream()
                                .filter(card -> card.sku().equals(sku) && card.inStock() == inStock)
                                .findFirst())
                        .orElse(null));
    }

    private String product(String name, String net, int stock) throws Exception {
        String sku = name + "-" + key.toUpperCase();
        SyncReport report = asAdmin.call(() -> catalog.upsert(List.of(new ProductData(
                sku,
                category,
                new BigDecimal(net),
                new BigDecimal("20"),
                stock,
                true,
                null,
                null,
                null,
                Map.of("en", new ProductData.Text(name.toLowerCase() + " " + key, null))))));
        assertTrue(report.errors().isEmpty(), report::toString);
        return sku;
    }

    private int stockOf(String sku) {
        return em.createQuery("select p.stock from Product p where p.sku = :sku", Integer.class)
                .setParameter("sku", sku)
                .getSingleResult();
    }

    private long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    private Customer customer(boolean verified) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "Olena", "K", Language.EN, verified));
        tx.commit();
        return customer;
    }

    /** The customer's kept cart, read straight from its table. */
    private Map<String, Integer> cartOf(Customer customer) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select sku, quantity from cart_line where customer_id = ?1")
                .setParameter(1, customer.getId())
                .getResultList();
        rows.forEach(row -> lines.put((String) row[0], ((Number) row[1]).intValue()));
        return lines;
    }
}
