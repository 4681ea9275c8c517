package org.clientela.store;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.clientela.platform.Texts;
import org.omnifaces.util.Messages;

/**
 * /staff/orders: orders filtered by status, the day they were placed (from, until, inclusive)
 * and the customer's name or email, by GET parameters, so a filtered list is a link to share
 * and the CSV export takes the same ones.
 */
@Named
@RequestScoped
public class StaffOrdersView {

    @Inject
    private OrderDesk desk;

    private OrderStatus status;
    private String from;
    private String until;
    private String customer;
    private List<OrderSummary> found;

    public List<OrderSummary> getOrders() {
        if (found == null) {
            found = desk.search(query(), OrderDesk.PAGE_LIMIT);
        }
        return found;
    }

    /** The filter as the desk takes it; a day that cannot be read is left out, with a message. */
    OrderDesk.OrderQuery query() {
        return new OrderDesk.OrderQuery(status, day(from, 0), day(until, 1), customer);
    }

    private static Instant day(String text, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(ZoneId.systemDefault())
                    .toInstant();
        } catch (DateTimeParseException e) {
            if (jakarta.faces.context.FacesContext.getCurrentInstance() != null) {
                Messages.addGlobalError(Texts.get("staffOrders.badDay", text));
            }
            return null;
        }
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }
}
