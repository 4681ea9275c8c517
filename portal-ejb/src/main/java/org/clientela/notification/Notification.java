package org.clientela.notification;

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
import java.time.Instant;
import java.util.Objects;
import org.clientela.platform.Customer;
import org.clientela.platform.NoticeKind;

/** One entry of a person's notification list: what happened, where to see it, whether read. */
@Entity
@Table(name = "notification")
public class Notification {

    static final int REFERENCE_LENGTH = 200;
    static final int LINK_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @Column(name = "recipient_subject", nullable = false, length = 64, updatable = false)
    private String recipientSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private NoticeKind kind;

    @Column(name = "reference", nullable = false, length = REFERENCE_LENGTH, updatable = false)
    private String reference;

    @Column(name = "link", nullable = false, length = LINK_LENGTH, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    private Notification(
            Customer customer, String recipientSubject, NoticeKind kind, String reference, String link, Instant now) {
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a notification links to a portal page: " + link);
        }
        this.customer = customer;
        this.recipientSubject = Objects.requireNonNull(recipientSubject, "recipientSubject");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reference = shortened(Objects.requireNonNull(reference, "reference"), REFERENCE_LENGTH);
        this.link = link;
        this.createdAt = Objects.requireNonNull(now, "now");
        if (link.length() > LINK_LENGTH) {
            throw new IllegalArgumentException("link too long");
        }
    }

    /** For a customer who signs in (a person; a company account has nobody who would read it). */
    static Notification forCustomer(Customer customer, NoticeKind kind, String reference, String link, Instant now) {
        return new Notification(
                customer, Objects.requireNonNull(customer.getSubject(), "subject"), kind, reference, link, now);
    }

    static Notification forStaff(String subject, NoticeKind kind, String reference, String link, Instant now) {
        return new Notification(null, Objects.requireNonNull(subject, "subject"), kind, reference, link, now);
    }

    /** @return whether it was unread until now */
    boolean read(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** A member of staff's entry (they have no customer record). */
    public boolean isForStaff() {
        return customer == null;
    }

    String getRecipientSubject() {
        return recipientSubject;
    }
}
