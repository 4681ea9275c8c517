package org.clientela.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clientela.platform.Customer;

/** A postal address of a customer, for shipping and billing. */
@Entity
@Table(name = "address")
public class Address {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "address_seq")
    @SequenceGenerator(name = "address_seq", sequenceName = "address_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "label", length = 60)
    private String label;

    @Column(name = "recipient", nullable = false, length = 120)
    private String recipient;

    @Column(name = "street", nullable = false, length = 200)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 12)
    private String postalCode;

    @Column(name = "city", nullable = false, length = 100)
    private String city;

    /** ISO 3166-1 alpha-2. */
    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "default_shipping", nullable = false)
    private boolean defaultShipping;

    @Column(name = "default_billing", nullable = false)
    private boolean defaultBilling;

    protected Address() {}

    Address(Customer customer, AddressForm form) {
        this.customer = Objects.requireNonNull(customer, "customer");
        apply(form);
    }

    void apply(AddressForm form) {
        this.label = form.getLabel();
        this.recipient = Objects.requireNonNull(form.getRecipient(), "recipient");
        this.street = Objects.requireNonNull(form.getStreet(), "street");
        this.postalCode = Objects.requireNonNull(form.getPostalCode(), "postalCode");
        this.city = Objects.requireNonNull(form.getCity(), "city");
        this.country = Objects.requireNonNull(form.getCountry(), "country");
    }

    boolean belongsTo(long customerId) {
        return customer.getId() == customerId;
    }

    void setDefaultShipping(boolean defaultShipping) {
        this.defaultShipping = defaultShipping;
    }

    void setDefaultBilling(boolean defaultBilling) {
        this.defaultBilling = defaultBilling;
    }

    /** One line for lists and the timeline: "Home: ul. Vitosha 1, 1000 Sofia, BG". */
    public String oneLine() {
        return (label == null ? "" : label + ": ") + street + ", " + postalCode + " " + city + ", " + country;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public boolean isDefaultShipping() {
        return defaultShipping;
    }

    public boolean isDefaultBilling() {
        return defaultBilling;
    }
}
