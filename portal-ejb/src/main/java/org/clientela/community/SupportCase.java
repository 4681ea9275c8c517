package org.clientela.community;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;

/**
 * A customer's problem that staff took up, usually from a question. Solved cases can be reopened
 * by the customer, which counts against the case in the satisfaction figures.
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
    @SequenceGenerator(name = "support_case_seq", sequenceName = "support_case_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", updatable = false)
    private Question question;

    @Column(name = "subject", nullable = false, length = Question.TITLE_MAX)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private CasePriority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CaseStatus status;

    @Column(name = "assignee_subject", length = 64)
    private String assigneeSubject;

    @Column(name = "assignee_name", length = 200)
    private String assigneeName;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "solved_at")
    private Instant solvedAt;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt, id")
    private List<CaseNote> notes = new ArrayList<>();

    @Version
    private long version;

    protected SupportCase() {}

    /** Staff take a question up: the case belongs to the asker and carries the question's title. */
    static SupportCase fromQuestion(Question question, CasePriority priority, Actor assignee, Instant now) {
        SupportCase supportCase = new SupportCase();
        supportCase.customer = question.getAuthor();
        supportCase.question = question;
        supportCase.subject = question.getTitle();
        supportCase.priority = Objects.requireNonNull(priority, "priority");
        supportCase.status = CaseStatus.OPEN;
        supportCase.assignTo(assignee);
        supportCase.openedAt = now;
        supportCase.updatedAt = now;
        return supportCase;
    }

    void assignTo(Actor assignee) {
        assigneeSubject = assignee == null ? null : assignee.subject();
        assigneeName = assignee == null ? null : assignee.name();
    }

    void prioritise(CasePriority priority) {
        this.priority = Objects.requireNonNull(priority, "priority");
    }

    /** Staff move the case; solving it stamps the time the satisfaction figures use. */
    void moveTo(CaseStatus next, Instant now) {
        Objects.requireNonNull(next, "status");
        if (next == CaseStatus.SOLVED && status != CaseStatus.SOLVED) {
            solvedAt = now;
        } else if (next != CaseStatus.SOLVED) {
            solvedAt = null;
        }
        status = next;
        updatedAt = now;
    }

    /** Only the customer reopens, and only what was solved. */
    void reopen(Instant now) {
        if (status != CaseStatus.SOLVED) {
            throw new CommunityRefusal(Reason.CASE_NOT_SOLVED);
        }
        status = CaseStatus.OPEN;
        solvedAt = null;
        reopenCount++;
        updatedAt = now;
    }

    CaseNote note(Actor author, boolean staff, String body, Instant now) {
        CaseNote note = new CaseNote(this, author, staff, body, now);
        notes.add(note);
        updatedAt = now;
        return note;
    }

    public String getNumber() {
        return "CS-%05d".formatted(id);
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Question getQuestion() {
        return question;
    }

    public String getSubject() {
        return subject;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getAssigneeSubject() {
        return assigneeSubject;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSolvedAt() {
        return solvedAt;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public List<CaseNote> getNotes() {
        return notes;
    }
}
