package org.clientela.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;

/**
 * Someone staff deal with at a company who needs no login: name, position, how to reach them, the
 * language they prefer and whether they agreed to marketing (with when that last changed). Once
 * they register with the same, verified address, the contact names their portal record.
 */
@Entity
@Table(name = "contact_person")
public class ContactPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_person_seq")
    @SequenceGenerator(name = "contact_person_seq", sequenceName = "contact_person_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false, updatable = false)
    private Customer company;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "position", length = 200)
    private String position;

    @Column(name = "phone", length = 16)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage;

    @Column(name = "marketing_consent", nullable = false)
    private boolean marketingConsent;

    @Column(name = "consent_changed_at")
    private Instant consentChangedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ContactPerson() {}

    ContactPerson(Customer company, ContactForm form, Instant now) {
        if (!company.isCompany()) {
            throw new IllegalArgumentException("contacts belong to companies");
        }
        this.company = company;
        this.createdAt = now;
        apply(form, now);
    }

    void apply(ContactForm form, Instant now) {
        this.name = Objects.requireNonNull(form.getName(), "name");
        this.position = form.getPosition();
        this.phone = form.getPhone();
        String newEmail = form.getEmail() == null ? null : form.getEmail().toLowerCase(Locale.ROOT);
        if (!Objects.equals(email, newEmail)) {
            // another address is another person as far as the portal knows
            this.customer = null;
        }
        this.email = newEmail;
        this.preferredLanguage = Objects.requireNonNull(form.getPreferredLanguage(), "preferredLanguage");
        if (consentChangedAt == null ? form.isMarketingConsent() : marketingConsent != form.isMarketingConsent()) {
            this.consentChangedAt = now;
        }
        this.marketingConsent = form.isMarketingConsent();
    }

    void linkTo(Customer person) {
        this.customer = person;
    }

    public Long getId() {
        return id;
    }

    public Customer getCompany() {
        return company;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public Instant getConsentChangedAt() {
        return consentChangedAt;
    }

    /** The portal customer this contact turned out to be, or null. */
    public Customer getCustomer() {
        return customer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
