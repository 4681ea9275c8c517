package org.clientela.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /account/addresses: the customer's address book. */
@Named
@ViewScoped
public class AddressBookView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A country for the list, named in the reader's language. */
    public record Country(String code, String name) implements Serializable {}

    @Inject
    private AddressBook book;

    @Inject
    private AccountContext account;

    @Inject
    private UiLanguage uiLanguage;

    /** Entities stay out of the (serialized, replicated) view state: read again per request. */
    private transient List<Address> addresses;

    private AddressForm form = new AddressForm();

    public void add() throws IOException {
        book.add(account.id(), form, account.actor());
        done("addresses.added");
    }

    public void remove(long addressId) throws IOException {
        book.remove(account.id(), addressId, account.actor());
        done("addresses.removed");
    }

    public void makeDefaultShipping(long addressId) throws IOException {
        book.makeDefault(account.id(), addressId, AddressBook.Use.SHIPPING, account.actor());
        done("addresses.defaultChanged");
    }

    public void makeDefaultBilling(long addressId) throws IOException {
        book.makeDefault(account.id(), addressId, AddressBook.Use.BILLING, account.actor());
        done("addresses.defaultChanged");
    }

    private void done(String messageKey) throws IOException {
        Messages.addFlashGlobalInfo(Texts.get(messageKey));
        Faces.redirect("/account/addresses");
    }

    public boolean isEditable() {
        return account.can(AccessRight.EDIT_PROFILE.name());
    }

    public List<Address> getAddresses() {
        if (addresses == null) {
            addresses = book.addresses(account.id(), account.actor());
        }
        return addresses;
    }

    public AddressForm getForm() {
        return form;
    }

    /** Every ISO country, named and sorted the way the reader's language does it. */
    public List<Country> getCountries() {
        Locale locale = uiLanguage.getLocale();
        Collator collator = Collator.getInstance(locale);
        return IsoCountry.Validator.CODES.stream()
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    public String countryName(String code) {
        return new Locale("", code).getDisplayCountry(uiLanguage.getLocale());
    }
}
