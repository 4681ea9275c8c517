package org.clientela.store;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.clientela.account.CurrentUser;
import org.clientela.crm.Channel;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /staff/order?id=: one order for the back office, and moving it to a next step of its lifecycle. */
@Named
@ViewScoped
public class StaffOrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderDesk desk;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Validator validator;

    private Long id;
    /** Entities stay out of the view state: read again on each request that needs it. */
    private transient CustomerOrder order;

    private OrderStatus target;
    private String carrier;
    private String trackingNumber;
    private String trackingUrl;

    public void load() throws IOException {
        try {
            order = id == null ? null : desk.order(id);
        } catch (OrderNotFoundException e) {
            order = null;
        }
        if (order == null) {
            Faces.responseSendError(404, "no order " + id);
        }
    }

    /** Where the order may go from here. */
    public List<OrderStatus> getNextSteps() {
        return getOrder() == null ? List.of() : order.nextSteps().stream().toList();
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
            desk.move(id, target, shipment, currentUser.actor(), Channel.STAFF);
            Messages.addFlashGlobalInfo(Texts.get("staffOrders.moved", Texts.get("order.status." + target.name())));
        } catch (IllegalTransitionException e) {
            Messages.addFlashGlobalError(Texts.get("staffOrders.illegal"));
        }
        Faces.redirect("/staff/order?id=" + id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CustomerOrder getOrder() {
        if (order == null && id != null) {
            // a postback on a view restored elsewhere: the form needs its order to be processed
            try {
                order = desk.order(id);
            } catch (OrderNotFoundException e) {
                return null;
            }
        }
        return order;
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
