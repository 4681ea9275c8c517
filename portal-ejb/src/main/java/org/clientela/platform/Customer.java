package org.clientela.platform;

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

/** The portal's record of a customer; identity and credentials stay in Keycloak. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    /** Whether a person or a company, which people reach through their membership grants. */
    public enum Kind {
        PERSON,
        COMPANY
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    private Kind kind = Kind.PERSON;

    /** The Keycloak subject id of a person; companies have none, nobody signs in as one. */
    @Column(name = "subject", unique = true, updatable = false, length = 64)
    private String subject;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "company_name", length = 200)
    private String companyName;

    @Column(name = "vat_number", length = 20)
    private String vatNumber;

    /** Companies only: customer, prospect, partner or supplier; unset until staff say. */
    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_type", length = 10)
    private RelationshipType relationshipType;

    /** When the customer closed the account; the record is anonymised from then on. */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** When staff disabled the account; sign-in is refused while set. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

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

    /** A company account, reached by its members through their grants. */
    public static Customer company(String name, String vatNumber, String contactEmail, Language language, Instant now) {
        Customer company = new Customer();
        company.kind = Kind.COMPANY;
        company.companyName = Objects.requireNonNull(name, "name");
        company.vatNumber = vatNumber;
        company.email = Objects.requireNonNull(contactEmail, "contactEmail");
        company.emailVerified = true;
        company.preferredLanguage = Objects.requireNonNull(language, "language");
        company.registeredAt = Objects.requireNonNull(now, "now");
        return company;
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
        if (closedAt != null) {
            throw new IllegalStateException("customer " + id + " closed their account");
        }
        boolean changed = !Objects.equals(email, identity.email())
                || !Objects.equals(firstName, identity.firstName())
                || !Objects.equals(lastName, identity.lastName())
                || emailVerified != identity.emailVerified();
        this.email = Objects.requireNonNull(identity.email(), "email");
        this.emailVerified = identity.emailVerified();
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

    /**
     * Closes the account: every personal detail is erased, what remains (the id, and through it
     * orders kept for accounting) no longer names anybody.
     */
    public void anonymise(Instant now) {
        if (closedAt != null) {
            throw new IllegalStateException("customer " + id + " is closed already");
        }
        this.closedAt = Objects.requireNonNull(now, "now");
        this.email = "closed-" + id + "@invalid";
        this.emailVerified = false;
        this.firstName = null;
        this.lastName = null;
        this.phone = null;
        this.dateOfBirth = null;
        if (kind == Kind.COMPANY) {
            this.companyName = "Closed company " + id;
            this.vatNumber = null;
        }
    }

    public void disable(Instant now) {
        if (disabledAt == null) {
            this.disabledAt = Objects.requireNonNull(now, "now");
        }
    }

    public void enable() {
        this.disabledAt = null;
    }

    /** Neither closed nor disabled: the account may be used. */
    public boolean isUsable() {
        return closedAt == null && disabledAt == null;
    }

    public boolean isCompany() {
        return kind == Kind.COMPANY;
    }

    public String displayName() {
        if (kind == Kind.COMPANY) {
            return companyName;
        }
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

    public Kind getKind() {
        return kind;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getCompanyName() {
        return companyName;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    /**
     * @return whether it changed
     */
    public boolean relateAs(RelationshipType type) {
        if (kind != Kind.COMPANY) {
            throw new IllegalStateException("customer " + id + " is a person, not a company");
        }
        boolean changed = relationshipType != type;
        this.relationshipType = Objects.requireNonNull(type, "type");
        return changed;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public long getVersion() {
        return version;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
