package org.clientela.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clientela.account.CustomerSearch;
import org.clientela.platform.Customer;

/** /staff/customers?q=…: the customer search; a plain GET, so results can be bookmarked and shared. */
@Named
@RequestScoped
public class CustomerSearchView {

    @Inject
    private CustomerSearch search;

    private String q;
    private List<Customer> results;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public List<Customer> getResults() {
        if (results == null) {
            results = isSearched() ? search.search(q) : List.of();
        }
        return results;
    }
}
