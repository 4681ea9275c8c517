package org.clientela.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;

/**
 * A customer's addresses. Keeps the book's rule: as soon as there is an address, exactly one is the
 * default for shipping and exactly one for billing. Every method takes the owner's id and refuses
 * addresses of anybody else; reading needs VIEW_PROFILE on the account, changing EDIT_PROFILE.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class AddressBook {

    public enum Use {
        SHIPPING,
        BILLING
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private AccountAccess access;

    public List<Address> addresses(long customerId, @NotNull Actor actor) {
        access.require(actor, customerId, AccessRight.VIEW_PROFILE);
        return addressesOf(em, customerId);
    }

    static List<Address> addressesOf(EntityManager em, long customerId) {
        return em.createQuery("select a from Address a where a.customer.id = :customer order by a.id", Address.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /** Adds an address; the first one becomes the default for shipping and billing. */
    public Address add(long customerId, @NotNull @Valid AddressForm form, @NotNull Actor actor) {
        Customer customer = access.require(actor, customerId, AccessRight.EDIT_PROFILE);
        boolean first = addressesOf(em, customerId).isEmpty();
        Address address = new Address(customer, form);
        address.setDefaultShipping(first);
        address.setDefaultBilling(first);
        em.persist(address);
        record(customer, InteractionType.ADDRESS_ADDED, actor, address, "Address added: ");
        return address;
    }

    public Address change(long customerId, long addressId, @NotNull @Valid AddressForm form, @NotNull Actor actor) {
        access.require(actor, customerId, AccessRight.EDIT_PROFILE);
        Address address = owned(customerId, addressId);
        address.apply(form);
        record(
                em.find(Customer.class, customerId),
                InteractionType.ADDRESS_CHANGED,
                actor,
                address,
                "Address changed: ");
        return address;
    }

    public void makeDefault(long customerId, long addressId, @NotNull Use use, @NotNull Actor actor) {
        access.require(actor, customerId, AccessRight.EDIT_PROFILE);
        Address chosen = owned(customerId, addressId);
        for (Address address : addressesOf(em, customerId)) {
            boolean isChosen = address == chosen;
            if (use == Use.SHIPPING) {
                address.setDefaultShipping(isChosen);
            } else {
                address.setDefaultBilling(isChosen);
            }
        }
        record(
                em.find(Customer.class, customerId),
                InteractionType.ADDRESS_CHANGED,
                actor,
                chosen,
                "Default " + use.name().toLowerCase() + " address: ");
    }

    /** Removes an address; if it was a default, the oldest remaining address takes its place. */
    public void remove(long customerId, long addressId, @NotNull Actor actor) {
        access.require(actor, customerId, AccessRight.EDIT_PROFILE);
        Address removed = owned(customerId, addressId);
        em.remove(removed);
        em.flush();
        List<Address> remaining = addressesOf(em, customerId);
        if (!remaining.isEmpty()) {
            if (removed.isDefaultShipping()) {
                remaining.get(0).setDefaultShipping(true);
            }
            if (removed.isDefaultBilling()) {
                remaining.get(0).setDefaultBilling(true);
            }
        }
        record(
                em.find(Customer.class, customerId),
                InteractionType.ADDRESS_REMOVED,
                actor,
                removed,
                "Address removed: ");
    }

    private Address owned(long customerId, long addressId) {
        Address address = em.find(Address.class, addressId);
        if (address == null || !address.belongsTo(customerId)) {
            throw new AddressNotFoundException(addressId);
        }
        return address;
    }

    private void record(Customer customer, InteractionType type, Actor actor, Address address, String summary) {
        interactions.record(
                customer, type, Channel.WEB, actor, "address:" + address.getId(), summary + address.oneLine());
    }
}
