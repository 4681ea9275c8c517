package org.clientela.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.clientela.account.AccessGrant;
import org.clientela.account.Address;
import org.clientela.account.CurrentUser;
import org.clientela.account.Customer;
import org.clientela.account.CustomerAdministration;
import org.clientela.account.CustomerSearch;
import org.clientela.account.GrantStatus;
import org.clientela.crm.Interaction;
import org.clientela.crm.InteractionRecorder;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /staff/customer?id=…: one customer as staff see them; admins may disable the account. */
@Named
@RequestScoped
public class CustomerView {

    static final int TIMELINE = 50;

    @Inject
    private CustomerSearch search;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private CustomerAdministration administration;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private List<AccessGrant> grants;
    private Customer customer;
    private List<Address> addresses;
    private List<Interaction> timeline;

    /** An unknown or malformed id is a 404, like any address that leads nowhere. */
    public void load() throws IOException {
        if (customer() == null) {
            Faces.responseSendError(404, "no such customer");
        }
    }

    /** ACTIVE, DISABLED or CLOSED, for the page. */
    public String getState() {
        Customer customer = customer();
        if (customer.getClosedAt() != null) {
            return "CLOSED";
        }
        return customer.getDisabledAt() != null ? "DISABLED" : "ACTIVE";
    }

    public List<AccessGrant> getGrants() {
        if (grants == null) {
            grants = search.grantsGiven(customer().getId());
        }
        return grants;
    }

    public GrantStatus status(AccessGrant grant) {
        return grant.status(Instant.now());
    }

    /** Admins only; the service checks the role again. The id comes with the form. */
    public void disable() throws IOException {
        administration.disable(postedId(), currentUser.actor());
        done("staff.customer.disabled");
    }

    public void enable() throws IOException {
        administration.enable(postedId(), currentUser.actor());
        done("staff.customer.enabled");
    }

    private long postedId() {
        return Long.parseLong(Faces.getRequestParameter("id"));
    }

    private void done(String key) throws IOException {
        Messages.addFlashGlobalInfo(Texts.get(key));
        Faces.redirect("/staff/customer?id=" + postedId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Customer getCustomer() {
        return customer();
    }

    /**
     * The customer of the id in the address, or in the posted form: on a postback, Faces asks
     * what to render before the view parameter is applied.
     */
    private Customer customer() {
        if (customer == null) {
            Long wanted = id;
            if (wanted == null) {
                try {
                    wanted = Long.valueOf(Faces.getRequestParameter("id"));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            customer = search.find(wanted).orElse(null);
        }
        return customer;
    }

    /** Read once per request: data tables ask for their value more than once while rendering. */
    public List<Address> getAddresses() {
        if (addresses == null) {
            addresses = search.addresses(customer().getId());
        }
        return addresses;
    }

    public List<Interaction> getTimeline() {
        if (timeline == null) {
            timeline = interactions.latest(customer(), TIMELINE);
        }
        return timeline;
    }
}
