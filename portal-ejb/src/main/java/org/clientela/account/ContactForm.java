package org.clientela.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clientela.platform.Language;

/** A company's contact person as staff fill them in. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 200, message = "{clientela.field.tooLong}")
    private String name;

    @Size(max = 200, message = "{clientela.field.tooLong}")
    private String position;

    /** International format, as on a customer's profile. */
    @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "{clientela.account.phone.invalid}")
    private String phone;

    @Email(message = "{clientela.email.invalid}")
    @Size(max = 254, message = "{clientela.field.tooLong}")
    private String email;

    @NotNull(message = "{clientela.field.required}")
    private Language preferredLanguage = Language.EN;

    private boolean marketingConsent;

    public static ContactForm of(ContactPerson contact) {
        ContactForm form = new ContactForm();
        form.name = contact.getName();
        form.position = contact.getPosition();
        form.phone = contact.getPhone();
        form.email = contact.getEmail();
        form.preferredLanguage = contact.getPreferredLanguage();
        form.marketingConsent = contact.isMarketingConsent();
        return form;
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = blankless(name);
    }

    public ContactForm name(String name) {
        setName(name);
        return this;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = blankless(position);
    }

    public ContactForm position(String position) {
        setPosition(position);
        return this;
    }

    public String getPhone() {
        return phone;
    }

    /** Spaces, dashes and brackets are how people write numbers; the digits are what counts. */
    public void setPhone(String phone) {
        String plain = blankless(phone);
        this.phone = plain == null ? null : plain.replaceAll("[\\s().-]", "");
    }

    public ContactForm phone(String phone) {
        setPhone(phone);
        return this;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankless(email);
    }

    public ContactForm email(String email) {
        setEmail(email);
        return this;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public ContactForm preferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
        return this;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public void setMarketingConsent(boolean marketingConsent) {
        this.marketingConsent = marketingConsent;
    }

    public ContactForm marketingConsent(boolean marketingConsent) {
        this.marketingConsent = marketingConsent;
        return this;
    }
}
