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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;

/**
 * Something staff must do by a due date, about a customer or (when staff plan it themselves)
 * about nothing in particular; done once, with its outcome. A reminder, when set, fires once.
 */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_task_seq")
    @SequenceGenerator(name = "follow_up_task_seq", sequenceName = "follow_up_task_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30, updatable = false)
    private FollowUpReason reason;

    @Column(name = "reference", nullable = false, length = Interaction.REFERENCE_LENGTH, updatable = false)
    private String reference;

    @Column(name = "summary", nullable = false, length = 500, updatable = false)
    private String summary;

    @Column(name = "assignee_subject", length = 64)
    private String assigneeSubject;

    @Column(name = "assignee_name", length = 200)
    private String assigneeName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 200)
    private String doneBy;

    @Column(name = "outcome", length = 500)
    private String outcome;

    @Column(name = "created_by_subject", length = 64, updatable = false)
    private String createdBySubject;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected FollowUpTask() {}

    FollowUpTask(Customer customer, FollowUpReason reason, String reference, String summary, Instant now) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.summary = summary.length() > 500 ? summary.substring(0, 499) + "…" : summary;
        this.createdAt = now;
        this.dueAt = now.plus(reason.dueIn());
    }

    /** A task staff plan themselves; {@code customer} may be null. */
    static FollowUpTask manual(
            Customer customer, String title, Instant dueAt, Instant remindAt, Actor createdBy, Instant now) {
        FollowUpTask task = new FollowUpTask();
        task.customer = customer;
        task.reason = FollowUpReason.MANUAL;
        task.reference = "manual:" + java.util.UUID.randomUUID();
        task.summary = Objects.requireNonNull(title, "title");
        task.createdAt = now;
        task.dueAt = Objects.requireNonNull(dueAt, "dueAt");
        task.remindAt = remindAt;
        task.createdBySubject = createdBy.subject();
        return task;
    }

    /** Who hears the reminder: the assignee, or whoever made the task while nobody has it. */
    public String reminderRecipient() {
        return assigneeSubject != null ? assigneeSubject : createdBySubject;
    }

    public void assignTo(Actor assignee) {
        requireOpen();
        this.assigneeSubject = assignee.subject();
        this.assigneeName = assignee.name();
    }

    /** Closing twice is refused: the outcome recorded first stands. */
    public void complete(Actor by, String outcome, Instant now) {
        requireOpen();
        this.doneAt = now;
        this.doneBy = by.name();
        this.outcome = outcome == null || outcome.length() <= 500 ? outcome : outcome.substring(0, 499) + "…";
    }

    private void requireOpen() {
        if (doneAt != null) {
            throw new IllegalStateException("task " + id + " is done");
        }
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(Instant now) {
        return doneAt == null && dueAt.isBefore(now);
    }

    public String getCreatedBySubject() {
        return createdBySubject;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public FollowUpReason getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public String getSummary() {
        return summary;
    }

    public String getAssigneeSubject() {
        return assigneeSubject;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public String getOutcome() {
        return outcome;
    }
}
