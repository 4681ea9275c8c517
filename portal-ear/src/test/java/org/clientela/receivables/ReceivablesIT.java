package org.clientela.receivables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clientela.account.CustomerDirectory;
import org.clientela.crm.InteractionType;
import org.clientela.it.support.incontainer.AsAdmin;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSalesManager;
import org.clientela.it.support.incontainer.GrantRows;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.clientela.receivables.PaymentRefusal.Reason;
import org.clientela.store.CatalogSync;
import org.clientela.store.CategoryData;
import org.clientela.store.Checkout;
import org.clientela.store.CheckoutRequest;
import org.clientela.store.CustomerOrder;
import org.clientela.store.CustomerOrders;
import org.clientela.store.DeliveryMethod;
import org.clientela.store.OrderAddress;
import org.clientela.store.OrderDesk;
import org.clientela.store.OrderPayments;
import org.clientela.store.OrderReceipt;
import org.clientela.store.OrderStatus;
import org.clientela.store.PaymentMethod;
import org.clientela.store.ProductData;
import org.clientela.store.SyncReport;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Receivables inside the server: the invoice an order paid on invoice gets with its due date from
 * the portal's default or the terms agreed with the account, partial and full payments, a payment
 * posted twice credited once, what is refused, and the CRM interaction committed with each write
 * (and none with a refusal).
 */
@ExtendWith(ArquillianExtension.class)
class ReceivablesIT {

    private static final Actor ERP = new Actor("erp-connector-test", "ERP");

    @Inject
    Checkout checkout;

    @Inject
    CustomerOrders orders;

    @Inject
    OrderDesk desk;

    @Inject
    OrderPayments payments;

    @Inject
    Receivables receivables;

    @Inject
    PaymentTerms terms;

    @Inject
    CatalogSync catalog;

    @Inject
    CustomerDirectory directory;

    @Inject
    AsCustomer asCustomer;

    @Inject
    AsSalesManager asSales;

    @Inject
    AsAdmin asAdmin;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    String key;
    String sku;

    @BeforeEach
    void aProduct() throws Exception {
        key = UUID.randomUUID().toString().substring(0, 8);
        String category = "receivables-" + key;
        sku = "INV-" + key.toUpperCase();
        asAdmin.call(() -> catalog.upsertCategories(
                List.of(new CategoryData(category, null, true, Map.of("en", "Receivables " + key)))));
        SyncReport report = asAdmin.call(() -> catalog.upsert(List.of(new ProductData(
                sku,
                category,
                new BigDecimal("10.00"),
                new BigDecimal("20"),
                100,
                true,
                null,
                null,
                null,
                Map.of("en", new ProductData.Text("invoiced " + key, null))))));
        assertTrue(report.errors().isEmpty(), report::toString);
    }

    @Test
    void anInvoiceOrderIsDueAfterThePortalsDefaultTerms() throws Exception {
        Customer olena = customer();

        OrderReceipt order = place(olena, PaymentMethod.INVOICE);

        CustomerInvoice invoice = invoiceOf(order);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(order.number(), invoice.getNumber());
        assertEquals(today, invoice.getIssuedOn());
        assertEquals(today.plusDays(terms.defaultDays()), invoice.getDueOn());
        assertAmount("16.90", invoice.getAmount());
        assertAmount("16.90", invoice.open());
        assertEquals(
                List.of("order:" + order.id()),
                interactions(olena, InteractionType.INVOICE_ISSUED),
                "recorded with the order, about the order");

        Balance balance = asCustomer.call(() -> receivables.balanceOf(Actor.of(olena), olena.getId()));
        assertAmount("16.90", balance.open());
        assertAmount("0", balance.overdue());
        assertEquals(1, balance.openInvoices());

        byte[] pdf = asCustomer.call(() -> orders.invoicePdf(Actor.of(olena), order.id()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(Locale.ENGLISH)
                    .format(invoice.getDueOn());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Payment due by: " + due), text);
        }
    }

    @Test
    void aCardOrderOwesNoInvoice() throws Exception {
        Customer olena = customer();

        OrderReceipt order = place(olena, PaymentMethod.CARD);

        assertEquals(
                0L,
                em.createQuery("select count(i) from CustomerInvoice i where i.orderId = :order", Long.class)
                        .setParameter("order", order.id())
                        .getSingleResult());
        assertEquals(List.of(), interactions(olena, InteractionType.INVOICE_ISSUED));
    }

    @Test
    void termsAgreedWithTheCustomerOverrideTheDefault() throws Exception {
        Customer olena = customer();
        int agreed = terms.defaultDays() + 16;

        asSales.call(() -> {
            terms.agree(olena.getId(), agreed, new Actor("sales-subject", "Sam Sales"));
            return null;
        });
        OrderReceipt order = place(olena, PaymentMethod.INVOICE);

        CustomerInvoice invoice = invoiceOf(order);
        assertEquals(invoice.getIssuedOn().plusDays(agreed), invoice.getDueOn());
        assertEquals(
                1, interactions(olena, InteractionType.PAYMENT_TERMS_AGREED).size());

        // back to the default: the next invoice follows it, the first keeps its due date
        asSales.call(() -> {
            terms.agree(olena.getId(), null, new Actor("sales-subject", "Sam Sales"));
            return null;
        });
        CustomerInvoice next = invoiceOf(place(olena, PaymentMethod.INVOICE));
        assertEquals(next.getIssuedOn().plusDays(terms.defaultDays()), next.getDueOn());
        assertEquals(invoice.getDueOn(), invoiceOf(order).getDueOn());
    }

    @Test
    void aPartialThenAFullPaymentSettleTheInvoiceAndMakeTheOrderPaid() throws Exception {
        Customer olena = customer();
        OrderReceipt order = place(olena, PaymentMethod.INVOICE);

        PaymentReceipt first = receive(order, "p1-" + key, "6.90");
        assertAmount("10.00", first.open());
        assertFalse(first.settled());
        assertFalse(orderOf(order).isPaid(), "still owes 10.00");
        Balance partly = asCustomer.call(() -> receivables.balanceOf(Actor.of(olena), olena.getId()));
        assertAmount("10.00", partly.open());

        PaymentReceipt second = receive(order, "p2-" + key, "10.00");
        assertAmount("0", second.open());
        assertTrue(second.settled());
        CustomerOrder paid = orderOf(order);
        assertTrue(paid.isPaid());
        assertEquals(OrderStatus.PAID, paid.getStatus());
        assertNotNull(invoiceOf(order).getSettledAt());
        assertEquals(2, interactions(olena, InteractionType.PAYMENT_RECEIVED).size());
        assertEquals(1, interactions(olena, InteractionType.ORDER_PAID).size());
        Balance settled = asCustomer.call(() -> receivables.balanceOf(Actor.of(olena), olena.getId()));
        assertTrue(settled.isClear());
        List<InvoiceSummary> invoices = asCustomer.call(() -> receivables.invoicesOf(Actor.of(olena), olena.getId()));
        assertEquals(1, invoices.size());
        assertAmount("16.90", invoices.get(0).paid());
        assertTrue(invoices.get(0).isSettled());
    }

    @Test
    void aPaymentPostedTwiceIsCreditedOnce() throws Exception {
        Customer olena = customer();
        OrderReceipt order = place(olena, PaymentMethod.INVOICE);

        PaymentReceipt first = receive(order, "twice-" + key, "5.00");
        PaymentReceipt again = receive(order, "twice-" + key, "5.00");

        assertFalse(first.repeated());
        assertTrue(again.repeated());
        assertAmount("5.00", again.paid());
        assertAmount(first.open().toPlainString(), again.open());
        assertAmount("5.00", invoiceOf(order).getPaid());
        assertEquals(1, interactions(olena, InteractionType.PAYMENT_RECEIVED).size());
        assertEquals(
                Reason.KEY_REUSED,
                refusal(() -> receive(order, "twice-" + key, "6.00")),
                "the same id for another amount");
        assertAmount("5.00", invoiceOf(order).getPaid());
    }

    @Test
    void moreThanIsOpenIsRefusedAndNothingOfItKept() throws Exception {
        Customer olena = customer();
        OrderReceipt order = place(olena, PaymentMethod.INVOICE);
        receive(order, "part-" + key, "10.00");

        assertEquals(Reason.MORE_THAN_OPEN, refusal(() -> receive(order, "over-" + key, "6.91")));
        assertEquals(Reason.NOT_AN_AMOUNT, refusal(() -> receive(order, "zero-" + key, "0")));
        assertEquals(
                Reason.UNKNOWN_INVOICE,
                refusal(() -> asSales.call(
                        () -> payments.receive("CL-999999999", "x-" + key, BigDecimal.ONE, null, ERP, Channel.API))));

        assertAmount("10.00", invoiceOf(order).getPaid());
        assertEquals(1, interactions(olena, InteractionType.PAYMENT_RECEIVED).size(), "only the payment taken");
        // the refused key was not kept: the right amount under it is taken
        assertTrue(receive(order, "over-" + key, "6.90").settled());
    }

    @Test
    void aCancelledOrdersInvoiceOwesNothingAndTakesNoPayment() throws Exception {
        Customer olena = customer();
        OrderReceipt order = place(olena, PaymentMethod.INVOICE);

        asCustomer.call(() -> {
            orders.cancel(Actor.of(olena), order.id());
            return null;
        });

        assertNotNull(invoiceOf(order).getCancelledAt());
        InvoiceSummary cancelled =
                asSales.call(() -> receivables.invoiceOfOrder(order.id())).orElseThrow();
        assertTrue(cancelled.cancelled());
        assertFalse(cancelled.isSettled(), "cancelled, not paid");
        assertEquals(
                List.of(),
                asCustomer.call(() -> receivables.invoicesOf(Actor.of(olena), olena.getId())),
                "the customer's list leaves it out");
        assertEquals(Reason.INVOICE_CANCELLED, refusal(() -> receive(order, "late-" + key, "1.00")));
        assertTrue(asCustomer
                .call(() -> receivables.balanceOf(Actor.of(olena), olena.getId()))
                .isClear());
    }

    @Test
    void anOrderMarkedPaidSettlesWhatItsInvoiceHadOpen() throws Exception {
        Customer olena = customer();
        OrderReceipt order = place(olena, PaymentMethod.INVOICE);
        receive(order, "some-" + key, "1.90");

        asSales.call(() -> desk.move(order.id(), OrderStatus.PAID, null, ERP, Channel.STAFF));

        assertAmount("0", invoiceOf(order).open());
        assertEquals(2, interactions(olena, InteractionType.PAYMENT_RECEIVED).size());
    }

    @Test
    void overdueInvoicesCountInTheBalanceAndGranteesWithoutViewOrdersAreRefused() throws Exception {
        Customer olena = customer();
        Customer viewer = customer();
        Customer stranger = customer();
        OrderReceipt order = place(olena, PaymentMethod.INVOICE);
        place(olena, PaymentMethod.INVOICE);
        tx.begin();
        em.createNativeQuery("update customer_invoice set due_on = ?1 where order_id = ?2")
                .setParameter(1, LocalDate.now(ZoneOffset.UTC).minusDays(5))
                .setParameter(2, order.id())
                .executeUpdate();
        tx.commit();
        GrantRows.inForce(em, tx, olena, viewer, "VIEW_ORDERS");
        GrantRows.inForce(em, tx, olena, stranger, "VIEW_PROFILE");

        Balance balance = asSales.call(() -> receivables.balanceOf(olena.getId()));
        assertAmount("33.80", balance.open());
        assertAmount("16.90", balance.overdue());
        assertEquals(1, balance.overdueInvoices());

        List<InvoiceSummary> seen = asCustomer.call(() -> receivables.invoicesOf(Actor.of(viewer), olena.getId()));
        assertEquals(2, seen.size());
        List<InvoiceSummary> overdue =
                seen.stream().filter(InvoiceSummary::isOverdue).toList();
        assertEquals(1, overdue.size());
        assertEquals(order.number(), overdue.get(0).number());
        assertEquals(5, overdue.get(0).daysOverdue());
        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(() -> receivables.invoicesOf(Actor.of(stranger), olena.getId())));
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    private PaymentReceipt receive(OrderReceipt order, String paymentKey, String amount) throws Exception {
        return asSales.call(
                () -> payments.receive(order.number(), paymentKey, new BigDecimal(amount), null, ERP, Channel.API));
    }

    private interface Call {
        void run() throws Exception;
    }

    private static Reason refusal(Call call) {
        try {
            call.run();
        } catch (PaymentRefusal refusal) {
            return refusal.getReason();
        } catch (Exception e) {
            throw new AssertionError("expected a refusal", e);
        }
        throw new AssertionError("the payment was taken");
    }

    private CustomerInvoice invoiceOf(OrderReceipt order) {
        em.clear();
        return em.createQuery("select i from CustomerInvoice i where i.orderId = :order", CustomerInvoice.class)
                .setParameter("order", order.id())
                .getSingleResult();
    }

    private CustomerOrder orderOf(OrderReceipt order) throws Exception {
        return asSales.call(() -> desk.order(order.id()));
    }

    /** The references of the customer's interactions of this type. */
    private List<String> interactions(Customer customer, InteractionType type) {
        return em.createQuery(
                        "select i.reference from Interaction i where i.customer.id = :customer and i.type = :type",
                        String.class)
                .setParameter("customer", customer.getId())
                .setParameter("type", type)
                .getResultList();
    }

    private OrderReceipt place(Customer customer, PaymentMethod payment) throws Exception {
        OrderAddress address = new OrderAddress("Olena Kovalenko", "ul. Vitosha 1", "1000", "Sofia", "BG");
        CheckoutRequest request = new CheckoutRequest(
                UUID.randomUUID().toString(),
                new LinkedHashMap<>(Map.of(sku, 1)),
                new BigDecimal("16.90"),
                address,
                address,
                DeliveryMethod.STANDARD,
                payment,
                payment == PaymentMethod.CARD ? "4242424242424242" : null,
                Language.EN);
        return asCustomer.call(() -> checkout.place(Actor.of(customer), customer.getId(), request));
    }

    private Customer customer() throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "Olena", "K", Language.EN, true));
        tx.commit();
        return customer;
    }
}
