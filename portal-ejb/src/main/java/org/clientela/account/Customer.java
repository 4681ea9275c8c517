package org.clientela.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientela.platform.Language;

/** The portal's record of a customer; identity and credentials stay in Keycloak. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "subject", nullable = false, unique = true, updatable = false, length = 64)
    private String subject;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage;

    /** International format (E.164), e.g. +359888123456; optional. */
    @Column(name = "phone", length = 16)
    private String phone;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Customer() {}

    public Customer(SignInIdentity identity, Instant registeredAt) {
        this.subject = Objects.requireNonNull(identity.subject(), "subject");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.preferredLanguage = identity.language();
        follow(identity);
    }

    /**
     * Keeps the portal's copy of what Keycloak owns (email, names) in step with the identity.
     *
     * @return whether anything changed
     */
    public boolean follow(SignInIdentity identity) {
        if (!subject.equals(identity.subject())) {
            throw new IllegalArgumentException("identity of another subject");
        }
        boolean changed = !Objects.equals(email, identity.email())
                || !Objects.equals(firstName, identity.firstName())
                || !Objects.equals(lastName, identity.lastName());
        this.email = Objects.requireNonNull(identity.email(), "email");
        this.firstName = identity.firstName();
        this.lastName = identity.lastName();
        return changed;
    }

    /**
     * Applies the details the customer keeps themselves (names and email are Keycloak's).
     *
     * @return the names of the fields that changed, for the CRM timeline
     */
    public List<String> changeDetails(String phone, LocalDate dateOfBirth, Language preferredLanguage) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(this.phone, phone)) {
            changed.add("phone");
        }
        if (!Objects.equals(this.dateOfBirth, dateOfBirth)) {
            changed.add("date of birth");
        }
        if (this.preferredLanguage != Objects.requireNonNull(preferredLanguage, "preferredLanguage")) {
            changed.add("preferred language");
        }
        this.phone = phone;
        this.dateOfBirth = dateOfBirth;
        this.preferredLanguage = preferredLanguage;
        return changed;
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? email : name;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public long getVersion() {
        return version;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
