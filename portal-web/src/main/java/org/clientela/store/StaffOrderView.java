package org.clientela.store;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.List;
import org.clientela.platform.Channel;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /staff/order?id=: one order for the back office, and moving it to a next step of its lifecycle. */
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
