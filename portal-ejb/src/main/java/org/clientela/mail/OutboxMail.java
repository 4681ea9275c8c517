package org.clientela.mail;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;

/**
 * A mail waiting in, or gone through, the outbox. Guards its delivery states: only a due mail can
 * be claimed, only a claimed one can be marked sent or failed. The version column makes two
 * senders (two cluster nodes) claiming the same row a conflict that one of them loses.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    static final int BODY_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2, updatable = false)
    private Language language;

    @Column(name = "template", nullable = false, length = 60, updatable = false)
    private String template;

    @Column(name = "subject", nullable = false, length = 500, updatable = false)
    private String subject;

    @Column(name = "text_body", nullable = false, length = BODY_LENGTH, updatable = false)
    private String textBody;

    @Column(name = "html_body", length = BODY_LENGTH, updatable = false)
    private String htmlBody;

    /** The one-click unsubscribe address, for mails a subscriber can leave (List-Unsubscribe). */
    @Column(name = "list_unsubscribe", length = 600, updatable = false)
    private String listUnsubscribe;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    /** Set when the same mail must never be queued twice, e.g. one news mail per subscriber. */
    @Column(name = "dedup_key", unique = true, length = 200, updatable = false)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxMail() {}

    public OutboxMail(
            String recipient,
            Language language,
            MailTemplate template,
            RenderedMail content,
            Customer customer,
            String dedupKey,
            Instant now) {
        if (recipient == null || recipient.isBlank() || recipient.length() > 254) {
            throw new IllegalArgumentException("a recipient address is required");
        }
        this.recipient = recipient.trim();
        this.language = Objects.requireNonNull(language, "language");
        this.template = template.key();
        this.subject = content.subject();
        this.textBody = content.text();
        this.htmlBody = content.html();
        this.customer = customer;
        this.dedupKey = dedupKey;
        this.status = MailStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
    }

    /** Marks the mail as one a subscriber leaves with one click at this address. */
    public OutboxMail unsubscribableAt(String url) {
        this.listUnsubscribe = url;
        return this;
    }

    public String getListUnsubscribe() {
        return listUnsubscribe;
    }

    /** Due: pending and its time has come, or claimed by a sender that died before its lease ran out. */
    public boolean isDue(Instant now) {
        return switch (status) {
            case PENDING -> !nextAttemptAt.isAfter(now);
            case SENDING -> leaseUntil != null && leaseUntil.isBefore(now);
            case SENT, FAILED -> false;
        };
    }

    public void claim(Instant now, Duration lease) {
        if (!isDue(now)) {
            throw new IllegalStateException("mail " + id + " is not due (" + status + ")");
        }
        status = MailStatus.SENDING;
        leaseUntil = now.plus(lease);
    }

    public void markSent(Instant now) {
        requireSending();
        status = MailStatus.SENT;
        sentAt = now;
        leaseUntil = null;
        lastError = null;
        attempts++;
    }

    /** Schedules the next attempt by the policy, or gives up when it has none left. */
    public void markFailed(Instant now, String error, RetryPolicy policy) {
        requireSending();
        attempts++;
        leaseUntil = null;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        policy.nextAttempt(attempts, now)
                .ifPresentOrElse(
                        next -> {
                            status = MailStatus.PENDING;
                            nextAttemptAt = next;
                        },
                        () -> status = MailStatus.FAILED);
    }

    private void requireSending() {
        if (status != MailStatus.SENDING) {
            throw new IllegalStateException("mail " + id + " is not being sent (" + status + ")");
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
