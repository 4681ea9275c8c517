package org.clientela.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import java.util.Objects;
import org.clientela.community.ReviewRefusal.Reason;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.store.CatalogChanges;
import org.clientela.store.Product;

/**
 * A customer's review of a product: one to five stars, an optional title and a plain-text body
 * (pages show it escaped). One per customer and product; the author revises it rather than
 * writing another. Moderators hide it with a reason and may show it again; a hidden review counts
 * in no rating.
 */
@Entity
@Table(name = "review")
@EntityListeners(CatalogChanges.class) // cached public pages show it
public class Review implements CatalogChanges.ProductPart {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;
    public static final int HIDDEN_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Customer author;

    @Column(name = "rating", nullable = false)
    private int rating;

    @Column(name = "title", length = TITLE_LENGTH)
    private String title;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "verified", nullable = false)
    private boolean verified;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = HIDDEN_REASON_LENGTH)
    private String hiddenReason;

    @Column(name = "hidden_by", length = 200)
    private String hiddenBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Review() {}

    public Review(Product product, Customer author, ReviewForm form, boolean verified, Instant now) {
        this.product = Objects.requireNonNull(product, "product");
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = now;
        apply(form, verified, now);
    }

    /** The author changes what they wrote; whether they bought it is asked again each time. */
    public void revise(ReviewForm form, boolean verified, Instant now) {
        apply(form, verified, now);
    }

    private void apply(ReviewForm form, boolean verified, Instant now) {
        validate(form);
        this.rating = form.rating();
        this.title = blankToNull(form.title());
        this.body = form.body().strip();
        this.language = Objects.requireNonNull(form.language(), "language");
        this.verified = verified;
        this.updatedAt = now;
    }

    /** Refuses what the table or the rules would not take, with the first reason found. */
    public static void validate(ReviewForm form) {
        if (form == null || form.rating() == null) {
            throw new ReviewRefusal(Reason.RATING_MISSING);
        }
        if (form.rating() < MIN_RATING || form.rating() > MAX_RATING) {
            throw new ReviewRefusal(Reason.RATING_OUT_OF_RANGE);
        }
        String title = blankToNull(form.title());
        if (title != null && title.length() > TITLE_LENGTH) {
            throw new ReviewRefusal(Reason.TITLE_TOO_LONG);
        }
        if (form.body() == null || form.body().isBlank()) {
            throw new ReviewRefusal(Reason.BODY_MISSING);
        }
        if (form.body().strip().length() > BODY_LENGTH) {
            throw new ReviewRefusal(Reason.BODY_TOO_LONG);
        }
    }

    /**
     * A moderator takes it off the product page; the reason is what the author reads.
     *
     * @return whether it was visible until now
     */
    public boolean hide(String reason, String by, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ReviewRefusal(Reason.HIDE_REASON_MISSING);
        }
        if (why.length() > HIDDEN_REASON_LENGTH) {
            throw new ReviewRefusal(Reason.HIDE_REASON_TOO_LONG);
        }
        boolean wasVisible = hiddenAt == null;
        this.hiddenAt = now;
        this.hiddenReason = why;
        this.hiddenBy = by;
        return wasVisible;
    }

    /**
     * Undoes a hiding.
     *
     * @return whether it was hidden until now
     */
    public boolean show() {
        boolean wasHidden = hiddenAt != null;
        this.hiddenAt = null;
        this.hiddenReason = null;
        this.hiddenBy = null;
        return wasHidden;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Low ratings ask staff to get back to the author. */
    public boolean isNegative() {
        return rating <= 2;
    }

    /** How the CRM refers to it. */
    public String reference() {
        return PostKind.REVIEW.reference(id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Customer getAuthor() {
        return author;
    }

    public int getRating() {
        return rating;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Language getLanguage() {
        return language;
    }

    public boolean isVerified() {
        return verified;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }
}
