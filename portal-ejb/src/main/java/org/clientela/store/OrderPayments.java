package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Roles;
import org.clientela.receivables.PaymentReceipt;
import org.clientela.receivables.Receivables;

/**
 * Money received for an order paid on invoice, from the ERP or recorded by staff: the invoice takes
 * it, and the payment that settles the invoice makes the order paid, in one transaction. A payment
 * posted again changes nothing ({@link Receivables#receive}).
 */
@Stateless
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
public class OrderPayments {

    @Inject
    private Receivables receivables;

    @Inject
    private OrderLifecycle lifecycle;

    /**
     * @param invoiceNumber the order's number, which its invoice carries
     * @param key the ERP's payment id, or a key the staff form made
     * @throws org.clientela.receivables.PaymentRefusal when the invoice does not take it
     */
    public PaymentReceipt receive(
            @NotBlank String invoiceNumber,
            @NotBlank String key,
            @NotNull BigDecimal amount,
            LocalDate receivedOn,
            @NotNull Actor actor,
            @NotNull Channel channel) {
        PaymentReceipt receipt = receivables.receive(key, invoiceNumber, amount, receivedOn, actor, channel);
        if (receipt.settled()) {
            CustomerOrder order = lifecycle.find(receipt.orderId());
            // a returned order keeps standing where it is; its payment is still recorded on the invoice
            if (!order.isPaid() && order.nextSteps().contains(OrderStatus.PAID)) {
                lifecycle.move(order, OrderStatus.PAID, null, actor, channel);
            }
        }
        return receipt;
    }
}
