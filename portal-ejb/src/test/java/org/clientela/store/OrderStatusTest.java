package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.junit.jupiter.api.Test;

/** The order lifecycle: payment beside the fulfilment status, cancelling only before shipping. */
class OrderStatusTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Actor ERP = new Actor("erp-connector", "ERP");

    @Test
    void nothingShippedIsCancellableAndNothingElse() {
        EnumSet<OrderStatus> cancellable = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            if (status.isCancellable()) {
                cancellable.add(status);
            }
        }
        assertThat(cancellable).containsExactlyInAnyOrder(OrderStatus.PLACED, OrderStatus.CONFIRMED, OrderStatus.PAID);
    }

    @Test
    void noStepLeadsFromShippedGoodsBackToAStatusBeforeShipping() {
        for (PaymentMethod payment : PaymentMethod.values()) {
            for (boolean paid : new boolean[] {false, true}) {
                for (OrderStatus status : OrderStatus.values()) {
                    if (!status.isBeforeShipping()) {
                        assertThat(status.next(payment, paid))
                                .as("%s %s paid=%s", status, payment, paid)
                                .doesNotContain(OrderStatus.CANCELLED, OrderStatus.CONFIRMED, OrderStatus.SHIPPED);
                    }
                }
            }
        }
    }

    @Test
    void anInvoicePaidAfterDeliveryStaysDeliveredReturnableAndNotCancellable() {
        CustomerOrder order = order(PaymentMethod.INVOICE);
        order.moveTo(OrderStatus.CONFIRMED, null, ERP, Channel.SYSTEM, NOW);
        order.moveTo(OrderStatus.SHIPPED, new Shipment("DHL", "1", null), ERP, Channel.SYSTEM, NOW);
        order.moveTo(OrderStatus.DELIVERED, null, ERP, Channel.SYSTEM, NOW);

        assertThat(order.moveTo(OrderStatus.PAID, null, ERP, Channel.SYSTEM, NOW))
                .isTrue();

        assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.getPaidAt()).isEqualTo(NOW);
        assertThat(order.getSteps()).extracting(OrderStep::getStatus).endsWith(OrderStatus.DELIVERED, OrderStatus.PAID);
        assertThat(order.moveTo(OrderStatus.PAID, null, ERP, Channel.SYSTEM, NOW))
                .as("paid twice changes nothing")
                .isFalse();
        assertThat(order.getStatus().isCancellable()).isFalse();
        assertThatThrownBy(() -> order.moveTo(OrderStatus.CANCELLED, null, ERP, Channel.SYSTEM, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() ->
                        order.moveTo(OrderStatus.SHIPPED, new Shipment("DHL", "2", null), ERP, Channel.SYSTEM, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(order.moveTo(OrderStatus.RETURN_REQUESTED, null, ERP, Channel.SYSTEM, NOW))
                .isTrue();
    }

    @Test
    void anInvoicePaidBeforeShippingMovesToPaid() {
        CustomerOrder order = order(PaymentMethod.INVOICE);
        order.moveTo(OrderStatus.CONFIRMED, null, ERP, Channel.SYSTEM, NOW);
        order.moveTo(OrderStatus.PAID, null, ERP, Channel.SYSTEM, NOW);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(order.isPaid()).isTrue();
        assertThat(order.nextSteps()).containsExactlyInAnyOrder(OrderStatus.SHIPPED, OrderStatus.CANCELLED);
    }

    @Test
    void aCardOrderIsPaidBeforeItShipsAndNotPaidAgainAfter() {
        CustomerOrder order = order(PaymentMethod.CARD);
        assertThat(order.nextSteps()).contains(OrderStatus.PAID);
        order.moveTo(OrderStatus.PAID, null, Actor.SYSTEM, Channel.SYSTEM, NOW);
        order.moveTo(OrderStatus.SHIPPED, new Shipment("DHL", "1", null), ERP, Channel.SYSTEM, NOW);
        order.moveTo(OrderStatus.DELIVERED, null, ERP, Channel.SYSTEM, NOW);
        assertThat(order.nextSteps()).containsExactly(OrderStatus.RETURN_REQUESTED);
    }

    @Test
    void aCardOrderShipsOnlyOncePaid() {
        CustomerOrder order = order(PaymentMethod.CARD);
        order.moveTo(OrderStatus.CONFIRMED, null, ERP, Channel.SYSTEM, NOW);
        assertThat(order.nextSteps()).doesNotContain(OrderStatus.SHIPPED);
        assertThat(OrderStatus.SHIPPED.next(PaymentMethod.CARD, false)).doesNotContain(OrderStatus.PAID);
    }

    private static CustomerOrder order(PaymentMethod payment) {
        Customer olena = new Customer(
                new SignInIdentity("sub-1", "olena@clientela.test", "Olena", "Kovalenko", Language.EN, true), NOW);
        OrderAddress address = new OrderAddress("Olena", "Main 1", "1000", "Sofia", "BG");
        CustomerOrder order = new CustomerOrder(
                olena,
                Actor.of(olena),
                "key-1",
                Language.EN,
                DeliveryMethod.STANDARD,
                address,
                address,
                Channel.WEB,
                NOW);
        order.paidWith(payment, "ref", null);
        return order;
    }
}
