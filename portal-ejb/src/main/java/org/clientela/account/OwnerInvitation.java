package org.clientela.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clientela.platform.Language;

/** Whom staff invite as the first owner of a company they open, and in which language. */
public class OwnerInvitation implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{clientela.field.required}")
    @Email(message = "{clientela.email.invalid}")
    @Size(max = 254, message = "{clientela.field.tooLong}")
    private String email;

    @NotNull(message = "{clientela.account.language.required}")
    private Language language = Language.EN;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public OwnerInvitation email(String email) {
        setEmail(email);
        return this;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public OwnerInvitation language(Language language) {
        this.language = language;
        return this;
    }
}
