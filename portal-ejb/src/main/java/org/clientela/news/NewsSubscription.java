package org.clientela.news;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;

/**
 * Who wants which news: languages AND categories (a category includes its subcategories), how
 * often. A customer's subscription is theirs (their address is verified already); an anonymous
 * one starts pending until the confirmation link is followed, and keeps the proof of consent.
 */
@Entity
@Table(name = "news_subscription")
public class NewsSubscription {

    /** How long a confirmation link stays valid. */
    public static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_subscription_seq")
    @SequenceGenerator(name = "news_subscription_seq", sequenceName = "news_subscription_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    /** The address of an anonymous subscriber; customers are written to at their current one. */
    @Column(name = "email", length = 254)
    private String email;

    @Convert(converter = LanguagesConverter.class)
    @Column(name = "languages", nullable = false, length = 20)
    private Set<Language> languages = EnumSet.noneOf(Language.class);

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "news_subscription_category",
            joinColumns = @JoinColumn(name = "subscription_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<NewsCategory> categories = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 10)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SubscriptionStatus status;

    /** The language mails to this subscriber are written in. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "token_digest", length = 64)
    private String tokenDigest;

    @Column(name = "consent_text", length = 1000)
    private String consentText;

    @Column(name = "consent_ip", length = 64)
    private String consentIp;

    @Column(name = "consent_user_agent", length = 500)
    private String consentUserAgent;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NewsSubscription() {}

    /** A customer's subscription, active at once. */
    static NewsSubscription ofCustomer(Customer customer, Instant now) {
        NewsSubscription subscription = new NewsSubscription();
        subscription.customer = Objects.requireNonNull(customer, "customer");
        subscription.language = customer.getPreferredLanguage();
        subscription.createdAt = now;
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.confirmedAt = now;
        return subscription;
    }

    /** An anonymous address, pending until confirmed; what was shown and from where is kept. */
    static NewsSubscription ofAddress(
            String email, Language language, ConsentProof proof, String tokenDigest, Instant now) {
        NewsSubscription subscription = new NewsSubscription();
        subscription.email = Objects.requireNonNull(email, "email");
        subscription.language = Objects.requireNonNull(language, "language");
        subscription.createdAt = now;
        subscription.status = SubscriptionStatus.PENDING;
        subscription.tokenDigest = tokenDigest;
        subscription.consentText = proof.text();
        subscription.consentIp = proof.ip();
        subscription.consentUserAgent = proof.userAgent() == null
                ? null
                : proof.userAgent().substring(0, Math.min(500, proof.userAgent().length()));
        return subscription;
    }

    void choose(Set<Language> languages, Set<NewsCategory> categories, Frequency frequency) {
        if (languages.isEmpty() || categories.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs a language and a category at least");
        }
        this.languages = EnumSet.copyOf(languages);
        this.categories.clear();
        this.categories.addAll(categories);
        this.frequency = Objects.requireNonNull(frequency, "frequency");
    }

    /** Whether the confirmation link may still be followed. */
    public boolean isAwaitingConfirmation(Instant now) {
        return status == SubscriptionStatus.PENDING && !now.isAfter(createdAt.plus(CONFIRMATION_VALIDITY));
    }

    boolean confirm(String nonceDigest, Instant now) {
        if (!isAwaitingConfirmation(now) || tokenDigest == null || !tokenDigest.equals(nonceDigest)) {
            return false;
        }
        this.status = SubscriptionStatus.ACTIVE;
        this.confirmedAt = now;
        this.tokenDigest = null;
        return true;
    }

    void end(Instant now) {
        this.status = SubscriptionStatus.ENDED;
        this.endedAt = now;
    }

    /** Undoing an unsubscribe: only what was confirmed once comes back. */
    boolean resume() {
        if (status != SubscriptionStatus.ENDED || confirmedAt == null) {
            return false;
        }
        this.status = SubscriptionStatus.ACTIVE;
        this.endedAt = null;
        return true;
    }

    /** Since when news is new to this subscriber: their last digest, or their confirmation. */
    Instant digestSince() {
        return lastDigestAt != null ? lastDigestAt : confirmedAt;
    }

    void digested(Instant at) {
        this.lastDigestAt = at;
    }

    /** Whether an article in this language and these categories (with their ancestors) is wanted. */
    boolean wants(Language language, Set<Long> categoryIdsWithAncestors) {
        return languages.contains(language)
                && categories.stream().anyMatch(c -> categoryIdsWithAncestors.contains(c.getId()));
    }

    /** Where mails go: the customer's current address, or the confirmed anonymous one. */
    public String recipient() {
        return customer != null ? customer.getEmail() : email;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getEmail() {
        return email;
    }

    public Set<Language> getLanguages() {
        Set<Language> copy = EnumSet.noneOf(Language.class);
        copy.addAll(languages);
        return copy;
    }

    public Set<NewsCategory> getCategories() {
        return Set.copyOf(categories);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public Language getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getConsentText() {
        return consentText;
    }

    public String getConsentIp() {
        return consentIp;
    }

    public String getConsentUserAgent() {
        return consentUserAgent;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }
}
