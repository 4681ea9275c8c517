package org.clientela.store;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.clientela.platform.Channel;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.clientela.receivables.InvoiceSummary;
import org.clientela.receivables.PaymentReceipt;
import org.clientela.receivables.PaymentRefusal;
import org.clientela.receivables.Receivables;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/order?id=: one order for the back office, moving it to a next step of its lifecycle, and
 * for an order paid on invoice, its invoice and recording a payment received for it.
 */
@Named
@ViewScoped
public class StaffOrderView extends OrderPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderDesk desk;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Validator validator;

    @Inject
    private Receivables receivables;

    @Inject
    private OrderPayments payments;

    @Inject
    private UiLanguage uiLanguage;

    /** One key per form shown: a form sent twice records its payment once. */
    private final String paymentKey = "staff:" + UUID.randomUUID();

    private BigDecimal paymentAmount;
    private transient InvoiceSummary invoice;
    private transient boolean invoiceRead;

    private OrderStatus target;
    private String carrier;
    private String trackingNumber;
    private String trackingUrl;

    @Override
    protected CustomerOrder read(long id) {
        return desk.order(id);
    }

    /** Where the order may go from here. */
    public List<OrderStatus> getNextSteps() {
        CustomerOrder order = getOrder();
        return order == null ? List.of() : order.nextSteps().stream().toList();
    }

    public void move() throws IOException {
        if (target == null) {
            Messages.addGlobalError(Texts.get("staffOrders.chooseStep"));
            return;
        }
        Shipment shipment = null;
        if (target == OrderStatus.SHIPPED) {
            shipment = new Shipment(blankToNull(carrier), blankToNull(trackingNumber), blankToNull(trackingUrl));
            var violations = validator.validate(shipment);
            if (!violations.isEmpty()) {
                violations.forEach(v -> Messages.addGlobalError(v.getMessage()));
                return;
            }
        }
        try {
            desk.move(getId(), target, shipment, currentUser.actor(), Channel.STAFF);
            Messages.addFlashGlobalInfo(Texts.get("staffOrders.moved", Texts.get("order.status." + target.name())));
        } catch (IllegalTransitionException e) {
            Messages.addFlashGlobalError(Texts.get("staffOrders.illegal"));
        }
        Faces.redirect("/staff/order?id=" + getId());
    }

    /** The order's invoice, when it is paid on invoice; null otherwise. */
    public InvoiceSummary getInvoice() {
        if (!invoiceRead && getId() != null) {
            invoice = receivables.invoiceOfOrder(getId()).orElse(null);
            invoiceRead = true;
        }
        return invoice;
    }

    public void recordPayment() throws IOException {
        InvoiceSummary shown = getInvoice();
        if (shown == null) {
            Messages.addGlobalError(Texts.get("staffOrders.payment.noInvoice"));
            return;
        }
        try {
            PaymentReceipt receipt = payments.receive(
                    shown.number(), paymentKey, paymentAmount, null, currentUser.actor(), Channel.STAFF);
            Messages.addFlashGlobalInfo(Texts.get(
                    "staffOrders.payment.recorded",
                    uiLanguage.money(receipt.amount(), receipt.currency()),
                    uiLanguage.money(receipt.open(), receipt.currency())));
        } catch (PaymentRefusal refusal) {
            Messages.addGlobalError(Texts.get(
                    "staffOrders.payment.refused." + refusal.getReason().name(),
                    refusal.getOpen() == null ? "" : uiLanguage.money(refusal.getOpen(), shown.currency())));
            return;
        }
        Faces.redirect("/staff/order?id=" + getId());
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public OrderStatus getTarget() {
        return target;
    }

    public void setTarget(OrderStatus target) {
        this.target = target;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }

    public void setTrackingUrl(String trackingUrl) {
        this.trackingUrl = trackingUrl;
    }
}
