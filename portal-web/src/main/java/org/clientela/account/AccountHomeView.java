package org.clientela.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.clientela.crm.Interaction;
import org.clientela.crm.InteractionRecorder;
import org.clientela.platform.Customer;

/** /account/: who the portal knows the customer as, and their latest activity. */
@Named
@RequestScoped
public class AccountHomeView {

    static final int RECENT = 10;

    @Inject
    private HttpSession session;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private InteractionRecorder interactions;

    private Optional<Customer> customer;
    private List<Interaction> recentActivity;

    public Customer getCustomer() {
        return customer().orElse(null);
    }

    /** Read once per request: the data table asks for its value more than once while rendering. */
    public List<Interaction> getRecentActivity() {
        if (recentActivity == null) {
            recentActivity = customer().map(c -> interactions.latest(c, RECENT)).orElse(List.of());
        }
        return recentActivity;
    }

    private Optional<Customer> customer() {
        if (customer == null) {
            Object id = session.getAttribute(CustomerRecognitionFilter.CUSTOMER_ID);
            customer = id instanceof Long customerId ? directory.find(customerId) : Optional.empty();
        }
        return customer;
    }
}
