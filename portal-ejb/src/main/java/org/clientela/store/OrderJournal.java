package org.clientela.store;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.mail.MailOutbox;
import org.clientela.mail.MailTemplate;
import org.clientela.mail.MailTemplates;
import org.clientela.notification.NoticeChannel;
import org.clientela.notification.NotificationSettings;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.CustomerNotice;
import org.clientela.platform.Language;
import org.clientela.platform.Money;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.PortalSettings;

/**
 * Writes down what happened to an order where the customer and staff will look: the CRM
 * timeline, and the mails the customer gets. Joins the transaction of the change it records.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderJournal {

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Event<CustomerNotice> notices;

    @Inject
    private NotificationSettings notificationSettings;

    /** The steps a customer is told of; placing and cancelling have mails of their own. */
    private static final Map<OrderStatus, NoticeKind> NOTICES = Map.of(
            OrderStatus.CONFIRMED, NoticeKind.ORDER_CONFIRMED,
            OrderStatus.SHIPPED, NoticeKind.ORDER_SHIPPED,
            OrderStatus.DELIVERED, NoticeKind.ORDER_DELIVERED,
            OrderStatus.RETURNED, NoticeKind.RETURN_ACCEPTED);

    public void placed(CustomerOrder order, Actor actor, Channel channel) {
        Customer account = order.getCustomer();
        Language language = account.getPreferredLanguage();
        String total = Money.format(order.getTotal(), order.getCurrency(), language.locale());
        interactions.record(
                account,
                InteractionType.ORDER_PLACED,
                channel,
                actor,
                reference(order),
                "Order " + order.number() + " placed: " + order.getLines().size() + " lines, "
                        + Money.format(order.getTotal(), order.getCurrency(), Language.EN.locale()) + ", "
                        + order.getPaymentMethod() + (order.isPlacedByOther() ? ", by " + actor.name() : ""));
        if (account.getEmail() != null) {
            String lines = order.getLines().stream()
                    .map(line -> line.getQuantity() + " × " + line.getName() + " — "
                            + Money.format(line.getTotal(), order.getCurrency(), language.locale()))
                    .collect(Collectors.joining("\n"));
            outbox.queue(
                    MailTemplate.ORDER_PLACED,
                    language,
                    account.getEmail(),
                    account,
                    "order-placed:" + order.getId(),
                    order.number(),
                    lines,
                    total,
                    deliveryLabel(order, language),
                    order.getShipping().oneLine(),
                    link(order));
        }
    }

    public void moved(CustomerOrder order, OrderStatus status, Actor actor, Channel channel) {
        Customer account = order.getCustomer();
        Shipment shipment = order.shipment();
        interactions.record(
                account,
                InteractionType.valueOf("ORDER_" + status.name()),
                channel,
                actor,
                reference(order),
                "Order " + order.number() + " " + status.name().toLowerCase().replace('_', ' ')
                        + (status == OrderStatus.SHIPPED
                                ? ": " + shipment.carrier() + " " + shipment.trackingNumber()
                                : ""));
        NoticeKind kind = NOTICES.get(status);
        if (kind != null) {
            notices.fire(
                    new CustomerNotice(account.getId(), kind, order.number(), "/account/order?id=" + order.getId()));
        }
        if (account.getEmail() == null) {
            return;
        }
        Language language = account.getPreferredLanguage();
        // The shipping mail is the ORDER_SHIPPED notice's mail (it alone knows the tracking link), so
        // the notice adds only the portal entry and this mail honours the customer's mail switch.
        if (status == OrderStatus.SHIPPED
                && notificationSettings.wants(account.getId(), NoticeKind.ORDER_SHIPPED, NoticeChannel.MAIL)) {
            outbox.queue(
                    MailTemplate.ORDER_SHIPPED,
                    language,
                    account.getEmail(),
                    account,
                    "order-shipped:" + order.getId(),
                    order.number(),
                    shipment.carrier(),
                    shipment.trackingNumber(),
                    shipment.trackingUrl() == null ? "" : shipment.trackingUrl(),
                    link(order));
        } else if (status == OrderStatus.CANCELLED) {
            outbox.queue(
                    MailTemplate.ORDER_CANCELLED,
                    language,
                    account.getEmail(),
                    account,
                    "order-cancelled:" + order.getId(),
                    order.number(),
                    link(order));
        }
    }

    static String deliveryLabel(CustomerOrder order, Language language) {
        return MailTemplates.phrase(
                language, "delivery." + order.getDeliveryMethod().name());
    }

    static String paymentLabel(CustomerOrder order, Language language) {
        return MessageFormat.format(
                MailTemplates.phrase(
                        language, "payment." + order.getPaymentMethod().name()),
                order.getPaymentNote() == null ? "" : order.getPaymentNote());
    }

    private static String reference(CustomerOrder order) {
        return "order:" + order.getId();
    }

    private static String link(CustomerOrder order) {
        return PortalSettings.link("/account/order?id=" + order.getId());
    }
}
