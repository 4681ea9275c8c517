package org.clientela.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The data export gathers every capability's part, and only the customer's own data. */
@ExtendWith(ArquillianExtension.class)
class CustomerDataExportIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    @Inject
    CustomerDataExport export;

    @Inject
    CustomerDirectory directory;

    @Inject
    ProfileService profiles;

    @Inject
    AddressBook addresses;

    @Resource
    UserTransaction tx;

    @Test
    void theExportHoldsProfileAddressesConsentsTimelineAndMailsOfThisCustomerOnly() throws Exception {
        asCustomerSteps.run(() -> {
            Customer customer = newCustomer("Daria");
            Customer other = newCustomer("Other");
            ProfileUpdate form = profiles.editableProfile(customer.getId(), Actor.of(customer));
            form.setPhone("+380501234567");
            form.getConsents().put(ConsentTopic.SMS_OFFERS, true);
            profiles.updateProfile(customer.getId(), form, Actor.of(customer));
            AddressForm address = new AddressForm();
            address.setRecipient("Daria Test");
            address.setStreet("vul. Khreshchatyk 1");
            address.setPostalCode("01001");
            address.setCity("Kyiv");
            address.setCountry("UA");
            addresses.add(customer.getId(), address, Actor.of(customer));
            addresses.add(other.getId(), address, Actor.of(other));

            JsonObject data = export.export(customer.getId(), Actor.of(customer));

            JsonObject profile = data.getJsonObject("account").getJsonObject("profile");
            assertEquals(customer.getEmail(), profile.getString("email"));
            assertEquals("+380501234567", profile.getString("phone"));
            assertEquals(
                    1, data.getJsonObject("account").getJsonArray("addresses").size());
            assertEquals(
                    "SMS_OFFERS",
                    data.getJsonObject("account")
                            .getJsonArray("consentHistory")
                            .getJsonObject(0)
                            .getString("topic"));
            assertTrue(data.getJsonArray("interactions").stream()
                    .map(JsonObject.class::cast)
                    .anyMatch(i -> i.getString("type").equals("REGISTERED")));
            assertTrue(data.getJsonArray("interactions").stream()
                    .map(JsonObject.class::cast)
                    .anyMatch(i -> i.getString("type").equals("ADDRESS_ADDED")));
            assertEquals(
                    customer.getEmail(),
                    data.getJsonArray("mails").getJsonObject(0).getString("to"));
            assertTrue(data.toString().indexOf(other.getEmail()) < 0, "nothing of another customer");
        });
    }

    private Customer newCustomer(String name) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", name, "Test", Language.UK));
        tx.commit();
        return customer;
    }
}
