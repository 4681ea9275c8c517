package org.clientela.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.mail.MailOutbox;
import org.clientela.mail.MailTemplate;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.SignInIdentity;

/** Finds customers and creates their record the first time they sign in. */
@Stateless
public class CustomerDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private MailOutbox outbox;

    @Inject
    private CompanyContacts contacts;

    /**
     * Called on every sign-in of a customer: the first one creates the record, records the
     * registration and queues the welcome mail, all in one transaction; later ones keep the copy
     * of email and names in step with Keycloak. A closed or disabled record is returned as it is,
     * for the caller to refuse.
     */
    public Customer recogniseSignIn(SignInIdentity identity) {
        Optional<Customer> known = findBySubject(identity.subject());
        if (known.isPresent()) {
            if (known.get().isUsable() && known.get().follow(identity)) {
                // a changed or newly verified address may be a company's contact
                contacts.linkRegistered(known.get());
            }
            return known.get();
        }
        Customer customer = new Customer(identity, Instant.now());
        em.persist(customer);
        interactions.record(
                customer,
                InteractionType.REGISTERED,
                Channel.WEB,
                Actor.of(customer),
                "customer:" + customer.getId(),
                "Registered as " + customer.getEmail());
        outbox.queue(
                MailTemplate.WELCOME,
                customer.getPreferredLanguage(),
                customer.getEmail(),
                customer,
                null,
                customer.displayName());
        contacts.linkRegistered(customer);
        return customer;
    }

    public Optional<Customer> findBySubject(String subject) {
        return em.createQuery("select c from Customer c where c.subject = :subject", Customer.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }
}
