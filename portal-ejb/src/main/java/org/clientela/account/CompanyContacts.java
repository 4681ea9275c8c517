package org.clientela.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.RelationshipType;
import org.clientela.platform.Roles;

/**
 * The people staff deal with at a company account without them having a login, and what the
 * company is to us. Each change is on the company's timeline in the same transaction. A contact
 * who registers with the same, verified address is linked to their portal record.
 */
@Stateless
@RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
public class CompanyContacts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    public List<ContactPerson> contacts(long companyId) {
        return em.createQuery(
                        "select c from ContactPerson c left join fetch c.customer where c.company.id = :company"
                                + " order by c.name, c.id",
                        ContactPerson.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    public ContactPerson add(long companyId, @NotNull @Valid ContactForm form, @NotNull Actor by) {
        Customer company = company(companyId);
        ContactPerson contact = new ContactPerson(company, form, Instant.now());
        em.persist(contact);
        em.flush();
        linkIfRegistered(contact);
        record(company, InteractionType.CONTACT_ADDED, by, contact, contact.getName());
        return contact;
    }

    public ContactPerson change(long contactId, @NotNull @Valid ContactForm form, @NotNull Actor by) {
        ContactPerson contact = contact(contactId);
        contact.apply(form, Instant.now());
        if (contact.getCustomer() == null) {
            linkIfRegistered(contact);
        }
        record(contact.getCompany(), InteractionType.CONTACT_CHANGED, by, contact, contact.getName());
        return contact;
    }

    public void remove(long contactId, @NotNull Actor by) {
        ContactPerson contact = contact(contactId);
        record(contact.getCompany(), InteractionType.CONTACT_REMOVED, by, contact, contact.getName());
        em.remove(contact);
    }

    public void relateAs(long companyId, @NotNull RelationshipType type, @NotNull Actor by) {
        Customer company = company(companyId);
        if (company.relateAs(type)) {
            interactions.record(
                    company,
                    InteractionType.RELATIONSHIP_CHANGED,
                    Channel.STAFF,
                    by,
                    "customer:" + companyId,
                    org.clientela.platform.Wording.of(
                                    "staff.company.relationship.changed",
                                    org.clientela.platform.Wording.word("staff.company.relationship." + type))
                            .stored());
        }
    }

    /**
     * A person who signed in with a verified address becomes the contact of every company that
     * kept that address without a portal record yet; called in the sign-in's transaction.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int linkRegistered(Customer person) {
        if (person.isCompany() || !person.isEmailVerified() || person.getEmail() == null) {
            return 0;
        }
        List<ContactPerson> waiting = em.createQuery(
                        "select c from ContactPerson c join fetch c.company where c.email = :email"
                                + " and c.customer is null",
                        ContactPerson.class)
                .setParameter("email", person.getEmail().toLowerCase(Locale.ROOT))
                .getResultList();
        for (ContactPerson contact : waiting) {
            contact.linkTo(person);
            record(
                    contact.getCompany(),
                    InteractionType.CONTACT_LINKED,
                    Actor.of(person),
                    contact,
                    contact.getName() + " = " + person.displayName());
        }
        return waiting.size();
    }

    private void linkIfRegistered(ContactPerson contact) {
        if (contact.getEmail() == null) {
            return;
        }
        em.createQuery(
                        "select c from Customer c where lower(c.email) = :email and c.kind = :person"
                                + " and c.emailVerified = true and c.closedAt is null",
                        Customer.class)
                .setParameter("email", contact.getEmail())
                .setParameter("person", Customer.Kind.PERSON)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(contact::linkTo);
    }

    private void record(Customer company, InteractionType type, Actor by, ContactPerson contact, String summary) {
        interactions.record(
                company,
                type,
                type == InteractionType.CONTACT_LINKED ? Channel.WEB : Channel.STAFF,
                by,
                "contact:" + contact.getId(),
                summary);
    }

    private Customer company(long companyId) {
        Customer company = em.find(Customer.class, companyId);
        if (company == null || !company.isCompany()) {
            throw new AccessDeniedException("no company " + companyId);
        }
        return company;
    }

    private ContactPerson contact(long contactId) {
        ContactPerson contact = em.find(ContactPerson.class, contactId);
        if (contact == null) {
            throw new AccessDeniedException("no contact " + contactId);
        }
        return contact;
    }
}
