package org.clientela.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The account's part of the export: profile, addresses and the history of consents. */
@ApplicationScoped
public class AccountPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AddressBook addressBook;

    @Inject
    private ProfileService profiles;

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
                .add("keycloakSubject", customer.getSubject())
                .add("email", customer.getEmail())
                .add("preferredLanguage", customer.getPreferredLanguage().tag())
                .add("registeredAt", customer.getRegisteredAt().toString());
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
        for (Address address : addressBook.addresses(customerId)) {
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
        for (ConsentRecord record : profiles.consentHistory(customerId)) {
            consents.add(Json.createObjectBuilder()
                    .add("topic", record.getTopic().name())
                    .add("granted", record.isGranted())
                    .add("recordedAt", record.getRecordedAt().toString()));
        }
        return Json.createObjectBuilder()
                .add("profile", profile)
                .add("addresses", addresses)
                .add("consentHistory", consents)
                .build();
    }

    static void addNullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
