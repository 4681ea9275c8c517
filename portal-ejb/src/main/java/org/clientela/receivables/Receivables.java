package org.clientela.receivables;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clientela.account.AccessRight;
import org.clientela.account.AccountAccess;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.Money;
import org.clientela.platform.Roles;
import org.clientela.receivables.PaymentRefusal.Reason;

/**
 * Invoices and payments: issuing the invoice of an order paid on invoice, taking payments into
 * it, and showing what an account owes. Dates are the portal's calendar days in UTC, as on the
 * invoice PDF.
 */
@Stateless
public class Receivables {

    /** The most invoices a list shows. */
    public static final int LIST_LIMIT = 200;

    /** The store's currency, for a balance of an account that has no invoices. */
    static final String DEFAULT_CURRENCY = "EUR";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PaymentTerms terms;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private AccountAccess access;

    /**
     * The invoice of an order just placed, in the placement's transaction, due after the account's
     * payment terms; the customer's timeline records it with the order.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CustomerInvoice issue(
            Customer account,
            long orderId,
            String number,
            BigDecimal amount,
            String currency,
            Instant placedAt,
            Actor actor,
            Channel channel) {
        CustomerInvoice invoice = new CustomerInvoice(
                account, orderId, number, amount, currency, today(placedAt), terms.daysFor(account.getId()));
        em.persist(invoice);
        interactions.record(
                account,
                InteractionType.INVOICE_ISSUED,
                channel,
                actor,
                "order:" + orderId,
                "Invoice " + number + " issued: " + english(amount, currency) + ", due " + invoice.getDueOn());
        return invoice;
    }

    /** The order was cancelled: its invoice, if it has one, owes nothing from now on. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void cancelForOrder(long orderId) {
        em.createQuery("select i from CustomerInvoice i where i.orderId = :order", CustomerInvoice.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst()
                .ifPresent(invoice -> invoice.cancel(Instant.now()));
    }

    /**
     * The order was marked paid without a payment posted here (staff or the ERP moved it to paid):
     * whatever its invoice had open counts as received today, so the balance agrees with the order.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void settleForOrder(long orderId, Actor actor, Channel channel) {
        em.createQuery("select i from CustomerInvoice i where i.orderId = :order", CustomerInvoice.class)
                .setParameter("order", orderId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(invoice -> invoice.open().signum() > 0)
                .ifPresent(invoice -> take(invoice, "order-paid:" + orderId, invoice.open(), null, actor, channel));
    }

    /**
     * Takes a payment into the invoice with this number. A key received already answers what it
     * answered then, and credits nothing again; the same key for another invoice or another amount
     * is refused.
     *
     * @param key the ERP's own payment id, or a staff form's key
     * @param receivedOn when the money arrived; today for null
     * @throws PaymentRefusal for an unknown or cancelled invoice, an amount that is not one, more than is open,
     *     or a key used for another payment
     */
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
    public PaymentReceipt receive(
            @NotBlank @Size(max = 100) String key,
            @NotBlank String number,
            @NotNull BigDecimal amount,
            LocalDate receivedOn,
            @NotNull Actor actor,
            @NotNull Channel channel) {
        // locked: two payments for one invoice are taken one after the other, each seeing the other's
        CustomerInvoice invoice = em.createQuery(
                        "select i from CustomerInvoice i where i.number = :number", CustomerInvoice.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new PaymentRefusal(Reason.UNKNOWN_INVOICE, number));
        Optional<ReceivedPayment> earlier = em.createQuery(
                        "select p from ReceivedPayment p join fetch p.invoice where p.key = :key",
                        ReceivedPayment.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            ReceivedPayment payment = earlier.get();
            if (!payment.getInvoice().getId().equals(invoice.getId())
                    || payment.getAmount().compareTo(amount) != 0) {
                throw new PaymentRefusal(Reason.KEY_REUSED, number);
            }
            return PaymentReceipt.of(payment, true);
        }
        return take(invoice, key, amount, receivedOn, actor, channel);
    }

    private PaymentReceipt take(
            CustomerInvoice invoice,
            String key,
            BigDecimal amount,
            LocalDate receivedOn,
            Actor actor,
            Channel channel) {
        String number = invoice.getNumber();
        Instant now = Instant.now();
        ReceivedPayment payment =
                invoice.receive(key, amount, receivedOn == null ? today(now) : receivedOn, actor, channel, now);
        em.persist(payment);
        try {
            // the same key posted at the same moment for another invoice shows here
            em.flush();
        } catch (PersistenceException e) {
            throw new PaymentRefusal(Reason.KEY_REUSED, number);
        }
        interactions.record(
                invoice.getCustomer(),
                InteractionType.PAYMENT_RECEIVED,
                channel,
                actor,
                "order:" + invoice.getOrderId(),
                "Payment of " + english(amount, invoice.getCurrency()) + " received for invoice " + number + ", "
                        + (invoice.open().signum() == 0
                                ? "paid in full"
                                : english(invoice.open(), invoice.getCurrency()) + " still open"));
        return PaymentReceipt.of(payment, false);
    }

    /** The account's invoices, newest first, when the actor may see its orders. */
    @RolesAllowed(Roles.CUSTOMER)
    public List<InvoiceSummary> invoicesOf(@NotNull Actor actor, long accountId) {
        access.require(actor, accountId, AccessRight.VIEW_ORDERS);
        LocalDate today = today(Instant.now());
        return em.createQuery(
                        "select i from CustomerInvoice i where i.customer.id = :account and i.cancelledAt is null"
                                + " order by i.issuedOn desc, i.id desc",
                        CustomerInvoice.class)
                .setParameter("account", accountId)
                .setMaxResults(LIST_LIMIT)
                .getResultStream()
                .map(invoice -> InvoiceSummary.of(invoice, today))
                .toList();
    }

    /** What the account owes, when the actor may see its orders. */
    @RolesAllowed(Roles.CUSTOMER)
    public Balance balanceOf(@NotNull Actor actor, long accountId) {
        access.require(actor, accountId, AccessRight.VIEW_ORDERS);
        return balance(accountId);
    }

    /** What the customer owes, for staff looking after them. */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
    public Balance balanceOf(long customerId) {
        return balance(customerId);
    }

    /** The order's invoice, for the back office. */
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
    public Optional<InvoiceSummary> invoiceOfOrder(long orderId) {
        LocalDate today = today(Instant.now());
        return em.createQuery("select i from CustomerInvoice i where i.orderId = :order", CustomerInvoice.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst()
                .map(invoice -> InvoiceSummary.of(invoice, today));
    }

    /**
     * When the order's invoice is due, for its PDF; empty for an order without one. Open to every
     * role: the caller has checked that the reader may see the order.
     */
    @PermitAll
    public Optional<LocalDate> dueDateOfOrder(long orderId) {
        return em.createQuery("select i.dueOn from CustomerInvoice i where i.orderId = :order", LocalDate.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst();
    }

    private Balance balance(long accountId) {
        LocalDate today = today(Instant.now());
        Object[] row = em.createQuery(
                        "select coalesce(sum(i.amount - i.paid), 0),"
                                + " coalesce(sum(case when i.dueOn < :today then i.amount - i.paid else 0 end), 0),"
                                + " count(i), sum(case when i.dueOn < :today then 1 else 0 end), min(i.currency)"
                                + " from CustomerInvoice i where i.customer.id = :account"
                                + " and i.cancelledAt is null and i.settledAt is null",
                        Object[].class)
                .setParameter("account", accountId)
                .setParameter("today", today)
                .getSingleResult();
        return new Balance(
                amount(row[0]),
                amount(row[1]),
                ((Number) row[2]).longValue(),
                row[3] == null ? 0 : ((Number) row[3]).longValue(),
                row[4] == null ? DEFAULT_CURRENCY : (String) row[4]);
    }

    private static BigDecimal amount(Object value) {
        BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The calendar day of an instant, as invoices count days. */
    static LocalDate today(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String english(BigDecimal amount, String currency) {
        return Money.format(amount, currency, Language.EN.locale());
    }
}
