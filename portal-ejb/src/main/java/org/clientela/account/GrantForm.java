package org.clientela.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An invitation as the owner fills it in: whom, which rights (or, for a company, which role) and
 * until when. Also the form for changing a grant's terms, where the email stays as it was.
 */
public class GrantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{clientela.field.required}")
    @Email(message = "{clientela.email.invalid}")
    @Size(max = 254, message = "{clientela.field.tooLong}")
    private String email;

    private final EnumMap<AccessRight, Boolean> rights = new EnumMap<>(AccessRight.class);

    private CompanyRole role;

    @FutureOrPresent(message = "{clientela.grant.expiry.past}")
    private LocalDate expiresOn;

    public GrantForm() {
        for (AccessRight right : AccessRight.values()) {
            rights.put(right, false);
        }
    }

    public static GrantForm of(AccessGrant grant) {
        GrantForm form = new GrantForm();
        form.email = grant.getInviteeEmail();
        grant.getRights().forEach(right -> form.rights.put(right, true));
        form.role = grant.getMemberRole();
        form.expiresOn = grant.getExpiresOn();
        return form;
    }

    @AssertTrue(message = "{clientela.grant.rights.required}")
    public boolean isSomethingGranted() {
        return role != null || rights.containsValue(Boolean.TRUE);
    }

    public Set<AccessRight> chosenRights() {
        Set<AccessRight> chosen = EnumSet.noneOf(AccessRight.class);
        rights.forEach((right, on) -> {
            if (Boolean.TRUE.equals(on)) {
                chosen.add(right);
            }
        });
        return chosen;
    }

    public GrantForm grant(AccessRight... granted) {
        for (AccessRight right : granted) {
            rights.put(right, true);
        }
        return this;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.trim();
    }

    public GrantForm email(String email) {
        setEmail(email);
        return this;
    }

    public Map<AccessRight, Boolean> getRights() {
        return rights;
    }

    public CompanyRole getRole() {
        return role;
    }

    public void setRole(CompanyRole role) {
        this.role = role;
    }

    public GrantForm role(CompanyRole role) {
        this.role = role;
        return this;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public GrantForm expiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
        return this;
    }
}
