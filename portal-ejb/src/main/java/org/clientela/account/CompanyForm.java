package org.clientela.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A new company account: its name and, optionally, its VAT number. */
public class CompanyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 200, message = "{clientela.field.tooLong}")
    private String name;

    /** EU style: two letters of the country, then 2 to 13 letters or digits. */
    @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{2,13}", message = "{clientela.company.vat.invalid}")
    private String vatNumber;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public CompanyForm name(String name) {
        setName(name);
        return this;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = normalizeVatNumber(vatNumber);
    }

    /** "bg 123 456 789" is how people type it; BG123456789 is how it is kept. */
    public static String normalizeVatNumber(String vatNumber) {
        return vatNumber == null || vatNumber.isBlank()
                ? null
                : vatNumber.replaceAll("[\\s.-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public CompanyForm vatNumber(String vatNumber) {
        setVatNumber(vatNumber);
        return this;
    }
}
