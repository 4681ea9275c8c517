package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.account.AccessRight;
import org.clientela.account.AccountAccess;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Language;
import org.clientela.platform.Roles;
import org.clientela.receivables.Receivables;

/**
 * Orders as customers see them: their own, or those of an account they have {@code VIEW_ORDERS}
 * on; cancelling, asking for a return and ordering again need {@code PLACE_ORDERS}. An order
 * of somebody else's is refused as any other account's data is.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class CustomerOrders {

    /** The most orders a list shows. */
    public static final int LIST_LIMIT = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountAccess access;

    @Inject
    private OrderLifecycle lifecycle;

    @Inject
    private Receivables receivables;

    /**
     * The account's orders, newest first.
     *
     * @param status only orders standing here, or all for null
     * @param text only orders whose number or a product's name or SKU contains it, or all for blank
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OrderSummary> list(@NotNull Actor actor, long accountId, OrderStatus status, String text) {
        access.require(actor, accountId, AccessRight.VIEW_ORDERS);
        String search =
                text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        // "CL-000051", "000051" or "51" names an order by its number
        String digits =
                text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceFirst("^CL-", "");
        Long number = digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
        return OrderSummary.find(
                em,
                "c.id = :account" + (status == null ? "" : " and o.status = :status")
                        + (search == null
                                ? ""
                                : " and (" + (number == null ? "" : "o.id = :number or ")
                                        + "exists (select 1 from CustomerOrder o2 join o2.lines l where o2 = o"
                                        + " and (lower(l.name) like :text or lower(l.sku) like :text)))"),
                query -> {
                    query.setParameter("account", accountId);
                    if (status != null) {
                        query.setParameter("status", status);
                    }
                    if (search != null) {
                        query.setParameter("text", search);
                        if (number != null) {
                            query.setParameter("number", number);
                        }
                    }
                },
                LIST_LIMIT);
    }

    /** The order with its lines and timeline, when the actor may see the account's orders. */
    public CustomerOrder order(@NotNull Actor actor, long orderId) {
        CustomerOrder order = lifecycle.find(orderId);
        access.require(actor, order.getCustomer().getId(), AccessRight.VIEW_ORDERS);
        order.getLines().size();
        order.getSteps().size();
        return order;
    }

    /** Cancels an order not shipped yet; its goods go back to the stock. */
    public void cancel(@NotNull Actor actor, long orderId) {
        cancel(actor, orderId, Channel.WEB);
    }

    /**
     * The same through another channel (the customers' API), which the order's timeline names;
     * false when the order was cancelled already, so that a retried call changes nothing.
     */
    public boolean cancel(@NotNull Actor actor, long orderId, @NotNull Channel channel) {
        CustomerOrder order = lifecycle.find(orderId);
        access.require(actor, order.getCustomer().getId(), AccessRight.PLACE_ORDERS);
        return lifecycle.move(order, OrderStatus.CANCELLED, null, actor, channel);
    }

    /** Asks to send back a delivered order. */
    public void requestReturn(@NotNull Actor actor, long orderId) {
        CustomerOrder order = lifecycle.find(orderId);
        access.require(actor, order.getCustomer().getId(), AccessRight.PLACE_ORDERS);
        lifecycle.move(order, OrderStatus.RETURN_REQUESTED, null, actor, Channel.WEB);
    }

    /** The order's invoice as a PDF, in the language the order was placed in, with its due date if it has one. */
    public byte[] invoicePdf(@NotNull Actor actor, long orderId) {
        CustomerOrder order = order(actor, orderId);
        Language language = order.getLanguage();
        Locale locale = language.locale();
        return InvoicePdf.render(new Invoice(
                order.number(),
                LocalDate.ofInstant(order.getPlacedAt(), ZoneOffset.UTC),
                receivables.dueDateOfOrder(orderId).orElse(null),
                language,
                order.getBilling().lines(locale),
                order.getShipping().lines(locale),
                order.getLines().stream()
                        .map(l -> new Invoice.Line(
                                l.getSku(),
                                l.getName(),
                                l.getQuantity(),
                                l.getUnitPrice(),
                                l.getVatRate(),
                                l.getTotal()))
                        .toList(),
                OrderJournal.deliveryLabel(order, language),
                order.getDeliveryPrice(),
                OrderJournal.paymentLabel(order, language),
                order.getTotal(),
                order.getCurrency()));
    }

    /** The order's SKUs and quantities, to put into the cart again. */
    public Map<String, Integer> linesToOrderAgain(@NotNull Actor actor, long orderId) {
        CustomerOrder order = lifecycle.find(orderId);
        access.require(actor, order.getCustomer().getId(), AccessRight.PLACE_ORDERS);
        Map<String, Integer> lines = new LinkedHashMap<>();
        order.getLines().forEach(line -> lines.merge(line.getSku(), line.getQuantity(), Integer::sum));
        return lines;
    }
}
