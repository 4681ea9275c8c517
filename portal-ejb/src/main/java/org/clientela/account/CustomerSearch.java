package org.clientela.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;

/**
 * Staff look customers up. The roles are checked here, in the service: the pages only mirror them.
 * Support agents may look but not edit (editing comes with its own, narrower, methods).
 */
@Stateless
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.SUPPORT_AGENT})
public class CustomerSearch {

    static final int MAX_RESULTS = 50;

    @PersistenceContext
    private EntityManager em;

    /** Customers whose name or email contains the term, case-insensitively; newest first. */
    public List<Customer> search(String term) {
        String pattern = "%" + escapeLike(term == null ? "" : term.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery(
                        "select c from Customer c where lower(c.email) like :p escape '\\'"
                                + " or lower(c.firstName) like :p escape '\\'"
                                + " or lower(c.lastName) like :p escape '\\'"
                                + " or lower(concat(c.firstName, ' ', c.lastName)) like :p escape '\\'"
                                + " or lower(c.companyName) like :p escape '\\'"
                                + " order by c.registeredAt desc, c.id desc",
                        Customer.class)
                .setParameter("p", pattern)
                .setMaxResults(MAX_RESULTS)
                .getResultList();
    }

    public Optional<Customer> find(long customerId) {
        return Optional.ofNullable(em.find(Customer.class, customerId));
    }

    /** The customer's addresses, as staff see them. */
    public List<Address> addresses(long customerId) {
        return AddressBook.addressesOf(em, customerId);
    }

    /** Who has access to the customer's account, and the invitations. */
    public List<AccessGrant> grantsGiven(long customerId) {
        return AccessGrants.grantsOf(em, customerId);
    }

    /** The accounts (people's and companies) the customer has access to. */
    public List<AccessGrant> grantsReceived(long customerId) {
        return em.createQuery(
                        "select g from AccessGrant g join fetch g.owner where g.grantee.id = :customer"
                                + " order by g.acceptedAt desc, g.id desc",
                        AccessGrant.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /** The term is data, not a pattern: % and _ typed by staff match themselves. */
    static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
