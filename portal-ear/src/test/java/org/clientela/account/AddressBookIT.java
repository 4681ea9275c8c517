package org.clientela.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The address book's rules inside the server: defaults, removal, other customers' ids, validation. */
@ExtendWith(ArquillianExtension.class)
class AddressBookIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    @Inject
    AddressBook book;

    @Inject
    CustomerDirectory directory;

    @Resource
    UserTransaction tx;

    Customer owner;
    Customer stranger;

    @BeforeEach
    void twoCustomers() throws Exception {
        owner = newCustomer();
        stranger = newCustomer();
    }

    @Test
    void theFirstAddressIsTheDefaultForBothUsesAndLaterOnesAreNot() throws Exception {
        asCustomerSteps.run(() -> {
            Address home = book.add(owner.getId(), form("Home", "BG"), Actor.of(owner));
            Address office = book.add(owner.getId(), form("Office", "UA"), Actor.of(owner));

            List<Address> addresses = book.addresses(owner.getId(), Actor.of(owner));
            assertEquals(
                    List.of(home.getId(), office.getId()),
                    addresses.stream().map(Address::getId).toList());
            assertTrue(addresses.get(0).isDefaultShipping() && addresses.get(0).isDefaultBilling());
            assertFalse(addresses.get(1).isDefaultShipping() || addresses.get(1).isDefaultBilling());
        });
    }

    @Test
    void makingAnAddressTheDefaultTakesItFromTheOther() throws Exception {
        asCustomerSteps.run(() -> {
            Address home = book.add(owner.getId(), form("Home", "BG"), Actor.of(owner));
            Address office = book.add(owner.getId(), form("Office", "BG"), Actor.of(owner));
            book.makeDefault(owner.getId(), office.getId(), AddressBook.Use.BILLING, Actor.of(owner));

            List<Address> addresses = book.addresses(owner.getId(), Actor.of(owner));
            assertTrue(addresses.get(0).isDefaultShipping());
            assertFalse(addresses.get(0).isDefaultBilling());
            assertTrue(addresses.get(1).isDefaultBilling());
            assertEquals(home.getId(), addresses.get(0).getId());
        });
    }

    @Test
    void removingTheDefaultPassesItOn() throws Exception {
        asCustomerSteps.run(() -> {
            Address home = book.add(owner.getId(), form("Home", "BG"), Actor.of(owner));
            book.add(owner.getId(), form("Office", "BG"), Actor.of(owner));
            book.remove(owner.getId(), home.getId(), Actor.of(owner));

            List<Address> addresses = book.addresses(owner.getId(), Actor.of(owner));
            assertEquals(1, addresses.size());
            assertTrue(addresses.get(0).isDefaultShipping() && addresses.get(0).isDefaultBilling());
        });
    }

    @Test
    void anotherCustomersAddressIsNotFoundAndStaysUntouched() throws Exception {
        asCustomerSteps.run(() -> {
            Address home = book.add(owner.getId(), form("Home", "BG"), Actor.of(owner));

            assertThrows(
                    AddressNotFoundException.class,
                    () -> book.remove(stranger.getId(), home.getId(), Actor.of(stranger)));
            assertThrows(
                    AddressNotFoundException.class,
                    () -> book.change(stranger.getId(), home.getId(), form("Mine now", "RU"), Actor.of(stranger)));
            assertThrows(
                    AddressNotFoundException.class,
                    () -> book.makeDefault(
                            stranger.getId(), home.getId(), AddressBook.Use.SHIPPING, Actor.of(stranger)));

            assertEquals(
                    "Home",
                    book.addresses(owner.getId(), Actor.of(owner)).get(0).getLabel());
            assertTrue(book.addresses(stranger.getId(), Actor.of(stranger)).isEmpty());
        });
    }

    @Test
    void anUnknownCountryOrAMissingCityIsRefused() throws Exception {
        asCustomerSteps.run(() -> {
            assertThrows(EJBException.class, () -> book.add(owner.getId(), form("Home", "XX"), Actor.of(owner)));
            AddressForm noCity = form("Home", "BG");
            noCity.setCity("  ");
            assertThrows(EJBException.class, () -> book.add(owner.getId(), noCity, Actor.of(owner)));
            assertTrue(book.addresses(owner.getId(), Actor.of(owner)).isEmpty());
        });
    }

    private static AddressForm form(String label, String country) {
        AddressForm form = new AddressForm();
        form.setLabel(label);
        form.setRecipient("Olena Kovalenko");
        form.setStreet("ul. Vitosha 1");
        form.setPostalCode("1000");
        form.setCity("Sofia");
        form.setCountry(country);
        return form;
    }

    private Customer newCustomer() throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "A", "B", Language.EN));
        tx.commit();
        return customer;
    }
}
