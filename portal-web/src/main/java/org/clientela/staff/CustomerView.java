package org.clientela.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.clientela.account.Address;
import org.clientela.account.AddressBook;
import org.clientela.account.Customer;
import org.clientela.account.CustomerSearch;
import org.clientela.crm.Interaction;
import org.clientela.crm.InteractionRecorder;
import org.omnifaces.util.Faces;

/** /staff/customer?id=…: one customer as staff see them (read-only for now). */
@Named
@RequestScoped
public class CustomerView {

    static final int TIMELINE = 50;

    @Inject
    private CustomerSearch search;

    @Inject
    private AddressBook addressBook;

    @Inject
    private InteractionRecorder interactions;

    private Long id;
    private Customer customer;
    private List<Address> addresses;
    private List<Interaction> timeline;

    /** An unknown or malformed id is a 404, like any address that leads nowhere. */
    public void load() throws IOException {
        customer = id == null ? null : search.find(id).orElse(null);
        if (customer == null) {
            Faces.responseSendError(404, "no such customer");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Customer getCustomer() {
        return customer;
    }

    /** Read once per request: data tables ask for their value more than once while rendering. */
    public List<Address> getAddresses() {
        if (addresses == null) {
            addresses = addressBook.addresses(customer.getId());
        }
        return addresses;
    }

    public List<Interaction> getTimeline() {
        if (timeline == null) {
            timeline = interactions.latest(customer, TIMELINE);
        }
        return timeline;
    }
}
