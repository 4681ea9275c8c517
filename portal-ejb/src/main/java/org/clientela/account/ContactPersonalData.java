package org.clientela.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clientela.platform.PersonalData;

/**
 * What companies' staff keep about a person as their contact, once the contact is linked to the
 * person's portal record: in their export, and gone when they close their account. The company
 * keeps that it had a contact (its timeline), not who it was.
 */
@ApplicationScoped
public class ContactPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "companyContacts";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder contacts = Json.createArrayBuilder();
        for (ContactPerson contact : linkedTo(customerId)) {
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("company", contact.getCompany().displayName())
                    .add("name", contact.getName())
                    .add("preferredLanguage", contact.getPreferredLanguage().tag())
                    .add("marketingConsent", contact.isMarketingConsent());
            AccountPersonalData.addNullable(entry, "position", contact.getPosition());
            AccountPersonalData.addNullable(entry, "phone", contact.getPhone());
            AccountPersonalData.addNullable(entry, "email", contact.getEmail());
            AccountPersonalData.addNullable(
                    entry,
                    "consentChangedAt",
                    contact.getConsentChangedAt() == null
                            ? null
                            : contact.getConsentChangedAt().toString());
            contacts.add(entry);
        }
        return contacts.build();
    }

    /**
     * The contact records go (a contact is nothing but the person's details); the companies'
     * timelines keep the entries about them without the words, which name the person.
     */
    @Override
    public void erase(long customerId) {
        for (ContactPerson contact : linkedTo(customerId)) {
            // the company's timeline is read by its index (customer first)
            em.createNativeQuery(
                            "update interaction set summary = '(erased)' where customer_id = ?1 and reference = ?2")
                    .setParameter(1, contact.getCompany().getId())
                    .setParameter(2, "contact:" + contact.getId())
                    .executeUpdate();
            em.remove(contact);
        }
    }

    private List<ContactPerson> linkedTo(long customerId) {
        return em.createQuery(
                        "select c from ContactPerson c join fetch c.company where c.customer.id = :customer"
                                + " order by c.id",
                        ContactPerson.class)
                .setParameter("customer", customerId)
                .getResultList();
    }
}
