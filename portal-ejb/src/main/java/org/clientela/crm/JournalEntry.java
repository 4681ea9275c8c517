package org.clientela.crm;

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
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;

/**
 * A call, meeting, e-mail or note a member of staff logged on a customer's or company's record,
 * in full; its digest is the interaction on the timeline. Written once, never changed.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    public static final int SUMMARY_LENGTH = 2000;
    public static final int NEXT_STEP_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private JournalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 10, updatable = false)
    private JournalDirection direction;

    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH, updatable = false)
    private String summary;

    @Column(name = "next_step", length = NEXT_STEP_LENGTH, updatable = false)
    private String nextStep;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", updatable = false)
    private FollowUpTask task;

    @Column(name = "author_subject", nullable = false, length = 64, updatable = false)
    private String authorSubject;

    @Column(name = "author_name", nullable = false, length = 200, updatable = false)
    private String authorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected JournalEntry() {}

    JournalEntry(
            Customer customer,
            JournalKind kind,
            JournalDirection direction,
            String summary,
            String nextStep,
            FollowUpTask task,
            Actor author,
            Instant now) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.direction = kind.directed() ? Objects.requireNonNull(direction, "direction") : null;
        this.summary = Objects.requireNonNull(summary, "summary");
        this.nextStep = nextStep;
        this.task = task;
        this.authorSubject = Objects.requireNonNull(author.subject(), "author");
        this.authorName = author.name() == null || author.name().isBlank() ? author.subject() : author.name();
        this.occurredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public JournalKind getKind() {
        return kind;
    }

    public JournalDirection getDirection() {
        return direction;
    }

    public String getSummary() {
        return summary;
    }

    public String getNextStep() {
        return nextStep;
    }

    public FollowUpTask getTask() {
        return task;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
