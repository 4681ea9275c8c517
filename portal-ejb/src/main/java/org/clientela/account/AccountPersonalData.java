package org.clientela.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.clientela.platform.Customer;
import org.clientela.platform.PersonalData;

/** The account's part of the export: profile, addresses and the history of consents. */
@ApplicationScoped
public class AccountPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "account";
    }

    @Override
    public JsonValue export(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            return JsonValue.NULL;
        }
        JsonObjectBuilder profile = Json.createObjectBuilder()
                .add("customerId", customer.getId())
                .add("email", customer.getEmail())
                .add("emailVerified", customer.isEmailVerified())
                .add("preferredLanguage", customer.getPreferredLanguage().tag())
                .add("registeredAt", customer.getRegisteredAt().toString());
        addNullable(profile, "keycloakSubject", customer.getSubject());
        addNullable(profile, "companyName", customer.getCompanyName());
        addNullable(profile, "vatNumber", customer.getVatNumber());
        addNullable(profile, "firstName", customer.getFirstName());
        addNullable(profile, "lastName", customer.getLastName());
        addNullable(profile, "phone", customer.getPhone());
        addNullable(
                profile,
                "dateOfBirth",
                customer.getDateOfBirth() == null
                        ? null
                        : customer.getDateOfBirth().toString());

        JsonArrayBuilder addresses = Json.createArrayBuilder();
        for (Address address : AddressBook.addressesOf(em, customerId)) {
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("recipient", address.getRecipient())
                    .add("street", address.getStreet())
                    .add("postalCode", address.getPostalCode())
                    .add("city", address.getCity())
                    .add("country", address.getCountry())
                    .add("defaultShipping", address.isDefaultShipping())
                    .add("defaultBilling", address.isDefaultBilling());
            addNullable(entry, "label", address.getLabel());
            addresses.add(entry);
        }

        JsonArrayBuilder consents = Json.createArrayBuilder();
        for (ConsentRecord record : ProfileService.history(em, customerId)) {
            consents.add(Json.createObjectBuilder()
                    .add("topic", record.getTopic().name())
                    .add("granted", record.isGranted())
                    .add("recordedAt", record.getRecordedAt().toString()));
        }
        JsonArrayBuilder given = Json.createArrayBuilder();
        em.createQuery("select g from AccessGrant g where g.owner.id = :customer order by g.id", AccessGrant.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .forEach(grant -> given.add(grant(grant, "inviteeEmail", grant.getInviteeEmail())));
        JsonArrayBuilder received = Json.createArrayBuilder();
        em.createQuery("select g from AccessGrant g where g.grantee.id = :customer order by g.id", AccessGrant.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .forEach(grant ->
                        received.add(grant(grant, "account", grant.getOwner().displayName())));
        return Json.createObjectBuilder()
                .add("profile", profile)
                .add("addresses", addresses)
                .add("consentHistory", consents)
                .add("accessGiven", given)
                .add("accessReceived", received)
                .build();
    }

    /** Addresses go; consents stay as proof of what was agreed, tied to a record that names nobody. */
    @Override
    public void erase(long customerId) {
        em.createQuery("delete from Address a where a.customer.id = :customer")
                .setParameter("customer", customerId)
                .executeUpdate();
        // the person's address on the grants they received; the grants themselves stay, ended
        em.createNativeQuery("update access_grant set invitee_email = 'erased@invalid' where grantee_id = ?1")
                .setParameter(1, customerId)
                .executeUpdate();
    }

    private static JsonObjectBuilder grant(AccessGrant grant, String whoField, String who) {
        JsonObjectBuilder entry = Json.createObjectBuilder()
                .add(whoField, who)
                .add("status", grant.status(Instant.now()).name())
                .add(
                        "rights",
                        Json.createArrayBuilder(
                                grant.getRights().stream().map(Enum::name).toList()))
                .add("invitedAt", grant.getInvitedAt().toString());
        addNullable(
                entry,
                "companyRole",
                grant.getMemberRole() == null ? null : grant.getMemberRole().name());
        addNullable(
                entry,
                "expiresOn",
                grant.getExpiresOn() == null ? null : grant.getExpiresOn().toString());
        addNullable(
                entry,
                "acceptedAt",
                grant.getAcceptedAt() == null ? null : grant.getAcceptedAt().toString());
        addNullable(
                entry,
                "endedAt",
                grant.getEndedAt() == null ? null : grant.getEndedAt().toString());
        return entry;
    }

    static void addNullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
