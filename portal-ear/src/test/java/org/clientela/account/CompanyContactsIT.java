package org.clientela.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.crm.InteractionType;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.it.support.incontainer.AsSalesManager;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.it.support.incontainer.KeycloakUp;
import org.clientela.it.support.incontainer.Mailbox;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.RelationshipType;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff open a company account and invite its first owner, who accepts by the mailed link; they
 * keep its contact persons and relationship; a contact who registers with the same verified
 * address becomes linked to their portal record. Customers may do none of it.
 */
@ExtendWith(ArquillianExtension.class)
class CompanyContactsIT {

    private static final Pattern TOKEN = Pattern.compile("/invitation\\?token=([A-Za-z0-9_.-]+)");
    private static final Actor SALES = new Actor("sales-subject-" + UUID.randomUUID(), "Dmitri Sokolov");

    @Inject
    AccessGrants grants;

    @Inject
    CompanyContacts contacts;

    @Inject
    CustomerDirectory directory;

    @Inject
    CustomerDataExport export;

    @Inject
    AccountClosure closure;

    @Inject
    AsSalesManager asSales;

    @Inject
    AsCustomer asCustomer;

    @Inject
    AsCustomerSteps asCustomerSteps;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void staffOpenACompanyWhoseInvitedOwnerAcceptsByTheMailedLink() throws Exception {
        String ownerEmail = "owner-" + UUID.randomUUID() + "@clientela.test";
        String name = "Acme " + UUID.randomUUID();
        AccessGrant invitation = asSales.call(() -> grants.createCompanyForOwner(
                new CompanyForm().name(name).vatNumber("bg 123 456 789"),
                new OwnerInvitation().email(ownerEmail).language(Language.BG),
                SALES));
        Customer company = em.find(Customer.class, invitation.getOwner().getId());
        assertTrue(company.isCompany());
        assertEquals("BG123456789", company.getVatNumber());
        assertEquals(CompanyRole.OWNER, invitation.getMemberRole());
        assertEquals(GrantStatus.PENDING, invitation.status(Instant.now()));
        assertEquals(List.of(InteractionType.COMPANY_CREATED, InteractionType.GRANT_INVITED), types(company));

        String token = Eventually.await(
                "the invitation mail to " + ownerEmail,
                Duration.ofSeconds(20),
                () -> Mailbox.texts(ownerEmail).stream()
                        .map(TOKEN::matcher)
                        .filter(Matcher::find)
                        .map(m -> m.group(1))
                        .findFirst()
                        .orElse(null));
        // in the language staff chose for the owner, naming the company and who invited
        String mail = Mailbox.texts(ownerEmail).get(0);
        assertTrue(mail.contains(name) && mail.contains("Dmitri Sokolov"), mail);
        Customer owner = person(ownerEmail, true);
        asCustomerSteps.run(() -> {
            AccessGrant accepted = grants.accept(token, Actor.of(owner));
            assertEquals(GrantStatus.ACTIVE, accepted.status(Instant.now()));
            assertEquals(CompanyRole.OWNER, accepted.getMemberRole());
        });

        assertThrows(
                EJBAccessException.class,
                () -> asCustomer.call(() -> grants.createCompanyForOwner(
                        new CompanyForm().name("Mine"), new OwnerInvitation().email(ownerEmail), Actor.of(owner))));
    }

    @Test
    void aContactWhoRegistersLaterIsLinkedToTheSamePerson() throws Exception {
        Customer company = company();
        String email = "Contact-" + UUID.randomUUID() + "@clientela.test";
        ContactPerson contact = asSales.call(() -> contacts.add(
                company.getId(),
                new ContactForm()
                        .name("Maria Ivanova")
                        .position("Buyer")
                        .phone("+359 888 123 456")
                        .email(email)
                        .preferredLanguage(Language.BG)
                        .marketingConsent(true),
                SALES));
        assertEquals("+359888123456", contact.getPhone());
        assertNull(contact.getCustomer());
        asSales.call(() -> {
            contacts.relateAs(company.getId(), RelationshipType.PARTNER, SALES);
            return null;
        });
        assertEquals(
                RelationshipType.PARTNER,
                em.find(Customer.class, company.getId()).getRelationshipType());

        // registered, address not verified yet: not the same person as far as we know
        String subject = UUID.randomUUID().toString();
        signIn(subject, email, false);
        assertNull(linkedCustomer(contact));
        Customer maria = signIn(subject, email, true);
        assertEquals(maria.getId(), linkedCustomer(contact));
        assertEquals(
                1L,
                types(company).stream()
                        .filter(InteractionType.CONTACT_LINKED::equals)
                        .count());

        List<ContactPerson> kept = asSales.call(() -> contacts.contacts(company.getId()));
        assertEquals(maria.getId(), kept.get(0).getCustomer().getId());
        assertTrue(types(company)
                .containsAll(List.of(
                        InteractionType.CONTACT_ADDED,
                        InteractionType.RELATIONSHIP_CHANGED,
                        InteractionType.CONTACT_LINKED)));

        asSales.call(() -> {
            contacts.remove(contact.getId(), SALES);
            return null;
        });
        assertTrue(asSales.call(() -> contacts.contacts(company.getId())).isEmpty());
        assertThrows(EJBAccessException.class, () -> asCustomer.call(() -> contacts.contacts(company.getId())));
    }

    @Test
    void aLinkedContactIsInThePersonsDataAndGoesWithTheirAccount() throws Exception {
        KeycloakUp.await();
        Customer company = company();
        String email = "linked-" + UUID.randomUUID() + "@clientela.test";
        Customer maria = signIn(UUID.randomUUID().toString(), email, true);
        ContactPerson contact = asSales.call(() -> contacts.add(
                company.getId(),
                new ContactForm()
                        .name("Maria Ivanova")
                        .position("Buyer")
                        .phone("+359 888 123 457")
                        .email(email)
                        .preferredLanguage(Language.BG)
                        .marketingConsent(true),
                SALES));
        assertEquals(maria.getId(), linkedCustomer(contact), "registered already: linked at once");

        JsonArray kept = asCustomer
                .call(() -> export.export(maria.getId(), Actor.of(maria)))
                .getJsonArray("companyContacts");
        assertEquals(1, kept.size());
        JsonObject entry = kept.getJsonObject(0);
        assertEquals("Maria Ivanova", entry.getString("name"));
        assertEquals("Buyer", entry.getString("position"));
        assertEquals("+359888123457", entry.getString("phone"));
        assertEquals(email, entry.getString("email"));
        assertTrue(entry.getBoolean("marketingConsent"));
        assertTrue(entry.getString("company").startsWith("Contacts Ltd "));

        asCustomerSteps.run(() -> closure.close(maria.getId(), Actor.of(maria), Instant.now()));

        assertTrue(asSales.call(() -> contacts.contacts(company.getId())).isEmpty(), "the contact went");
        List<?> said = em.createNativeQuery(
                        "select distinct summary from interaction where customer_id = ?1 and reference = ?2")
                .setParameter(1, company.getId())
                .setParameter(2, "contact:" + contact.getId())
                .getResultList();
        assertEquals(List.of("(erased)"), said, "the company's timeline keeps the fact, not the name");
    }

    private Long linkedCustomer(ContactPerson contact) {
        Customer linked = em.createQuery(
                        "select c from ContactPerson c left join fetch c.customer where c.id = :id",
                        ContactPerson.class)
                .setParameter("id", contact.getId())
                .getSingleResult()
                .getCustomer();
        return linked == null ? null : linked.getId();
    }

    private List<InteractionType> types(Customer customer) {
        return em.createQuery(
                        "select i.type from Interaction i where i.customer.id = :customer order by i.occurredAt, i.id",
                        InteractionType.class)
                .setParameter("customer", customer.getId())
                .getResultList();
    }

    private Customer company() throws Exception {
        String ownerEmail = "owner-" + UUID.randomUUID() + "@clientela.test";
        return asSales.call(() -> grants.createCompanyForOwner(
                        new CompanyForm().name("Contacts Ltd " + UUID.randomUUID()),
                        new OwnerInvitation().email(ownerEmail),
                        SALES)
                .getOwner());
    }

    private Customer signIn(String subject, String email, boolean verified) throws Exception {
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, email, "Maria", "Ivanova", Language.BG, verified));
        tx.commit();
        return customer;
    }

    private Customer person(String email, boolean verified) throws Exception {
        return signIn(UUID.randomUUID().toString(), email, verified);
    }
}
