package org.clientela.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.clientela.account.IsoCountry;

/**
 * An address as it was when the order was placed: later changes to the address book do not move
 * parcels already sent. Recipient and street are erased when the customer closes the account; the
 * rest stays for accounting.
 */
@Embeddable
public class OrderAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 120, message = "{clientela.field.tooLong}")
    @Column(name = "recipient", length = 120)
    private String recipient;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 200, message = "{clientela.field.tooLong}")
    @Column(name = "street", length = 200)
    private String street;

    @NotBlank(message = "{clientela.field.required}")
    @Pattern(regexp = "[\\p{Alnum} -]{2,12}", message = "{clientela.address.postalCode.invalid}")
    @Column(name = "postal_code", nullable = false, length = 12)
    private String postalCode;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 100, message = "{clientela.field.tooLong}")
    @Column(name = "city", nullable = false, length = 100)
    private String city;

    @NotNull(message = "{clientela.field.required}")
    @IsoCountry
    @Column(name = "country", nullable = false, length = 2)
    private String country;

    public OrderAddress() {}

    public OrderAddress(String recipient, String street, String postalCode, String city, String country) {
        this.recipient = recipient;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
    }

    OrderAddress anonymised() {
        return new OrderAddress(null, null, postalCode, city, country);
    }

    /** The lines of the address as printed on a parcel; the country named in {@code locale}. */
    public List<String> lines(Locale locale) {
        String countryName = new Locale("", country).getDisplayCountry(locale);
        return Stream.of(recipient, street, postalCode + " " + city, countryName)
                .filter(Objects::nonNull)
                .toList();
    }

    public String oneLine() {
        return String.join(", ", lines(Locale.ENGLISH));
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
