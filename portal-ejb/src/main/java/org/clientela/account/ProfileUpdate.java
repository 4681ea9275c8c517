package org.clientela.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;

/**
 * What a customer may change in their profile, as a form: the pages bind to it field by field and
 * the service validates it again, so the API and the pages obey the same rules.
 */
public class ProfileUpdate implements Serializable {

    private static final long serialVersionUID = 1L;

    /** E.164: a plus, a country code and up to 15 digits in all. */
    @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "{clientela.account.phone.invalid}")
    private String phone;

    @Past(message = "{clientela.account.dateOfBirth.past}")
    private LocalDate dateOfBirth;

    @NotNull(message = "{clientela.account.language.required}")
    private Language preferredLanguage;

    private final EnumMap<ConsentTopic, Boolean> consents = new EnumMap<>(ConsentTopic.class);

    /** The version of the profile the form was filled from: a save over a newer one is refused. */
    private long basedOnVersion;

    public static ProfileUpdate of(Customer customer, Map<ConsentTopic, Boolean> consentsInForce) {
        ProfileUpdate update = new ProfileUpdate();
        update.phone = customer.getPhone();
        update.dateOfBirth = customer.getDateOfBirth();
        update.preferredLanguage = customer.getPreferredLanguage();
        for (ConsentTopic topic : ConsentTopic.values()) {
            update.consents.put(topic, consentsInForce.getOrDefault(topic, false));
        }
        update.basedOnVersion = customer.getVersion();
        return update;
    }

    public String getPhone() {
        return phone;
    }

    /** Accepts the ways people write numbers ("+359 888 12-34-56") and keeps the digits. */
    public void setPhone(String phone) {
        this.phone = normalizePhone(phone);
    }

    /** Drops spaces, dashes, dots and brackets; blank means no phone. */
    public static String normalizePhone(String phone) {
        return phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s().-]", "");
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    /** Topic to given (true) or not; the pages bind check boxes to its entries. */
    public Map<ConsentTopic, Boolean> getConsents() {
        return consents;
    }

    public long getBasedOnVersion() {
        return basedOnVersion;
    }

    public void setBasedOnVersion(long basedOnVersion) {
        this.basedOnVersion = basedOnVersion;
    }
}
