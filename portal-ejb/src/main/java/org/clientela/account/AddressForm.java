package org.clientela.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An address as the customer types it; the pages bind to it and the service validates it again. */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 60, message = "{clientela.field.tooLong}")
    private String label;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 120, message = "{clientela.field.tooLong}")
    private String recipient;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 200, message = "{clientela.field.tooLong}")
    private String street;

    @NotBlank(message = "{clientela.field.required}")
    @Pattern(regexp = "[\\p{Alnum} -]{2,12}", message = "{clientela.address.postalCode.invalid}")
    private String postalCode;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 100, message = "{clientela.field.tooLong}")
    private String city;

    @NotNull(message = "{clientela.field.required}")
    @IsoCountry
    private String country;

    public static AddressForm of(Address address) {
        AddressForm form = new AddressForm();
        form.label = address.getLabel();
        form.recipient = address.getRecipient();
        form.street = address.getStreet();
        form.postalCode = address.getPostalCode();
        form.city = address.getCity();
        form.country = address.getCountry();
        return form;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = trim(label);
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = trim(recipient);
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = trim(street);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = trim(postalCode);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = trim(city);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = trim(country);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
