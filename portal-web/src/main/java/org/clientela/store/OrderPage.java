package org.clientela.store;

import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/**
 * What the customer's and the staff's order pages share ({@code /WEB-INF/templates/order-details.xhtml}
 * shows it): the order named by {@code ?id=}, read through the page's own service, which decides
 * who may see it, and a 404 for an id that names no order. Each page keeps its own actions.
 */
public abstract class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    /** Entities stay out of the view state: read again on each request that needs it. */
    private transient CustomerOrder order;

    /** The order, as this page's service lets the person see it. */
    protected abstract CustomerOrder read(long id);

    public void load() throws IOException {
        if (getOrder() == null) {
            Faces.responseSendError(404, "no order " + id);
        }
    }

    public CustomerOrder getOrder() {
        if (order == null && id != null) {
            // also on a postback of a view restored elsewhere: the form needs its order to be processed
            try {
                order = read(id);
            } catch (OrderNotFoundException e) {
                return null;
            }
        }
        return order;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
