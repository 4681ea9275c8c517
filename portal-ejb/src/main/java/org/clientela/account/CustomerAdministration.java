package org.clientela.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;

/**
 * What admins do to a customer's account: disable it (the portal refuses it and Keycloak refuses
 * the login, its sessions end) and enable it again. Recorded on the customer's timeline.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CustomerAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private KeycloakAccounts keycloak;

    public void disable(long customerId, @NotNull Actor admin) {
        Customer customer = person(customerId);
        customer.disable(Instant.now());
        interactions.record(
                customer,
                InteractionType.ACCOUNT_DISABLED,
                Channel.STAFF,
                admin,
                "customer:" + customerId,
                "Account disabled by " + admin.name());
        em.flush();
        keycloak.disable(customer.getSubject());
    }

    public void enable(long customerId, @NotNull Actor admin) {
        Customer customer = person(customerId);
        customer.enable();
        interactions.record(
                customer,
                InteractionType.ACCOUNT_ENABLED,
                Channel.STAFF,
                admin,
                "customer:" + customerId,
                "Account enabled again by " + admin.name());
        em.flush();
        keycloak.enable(customer.getSubject());
    }

    private Customer person(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null || customer.isCompany() || customer.getClosedAt() != null) {
            throw new IllegalArgumentException("no open personal account " + customerId);
        }
        return customer;
    }
}
