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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;

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

    /** The public question behind an escalated case, or the one a private request was made into. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private Question question;

    /** Null for a case escalated from a question; set for a request the customer opened. */
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 20, updatable = false)
    private RequestCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2, updatable = false)
    private Language language;

    @Column(name = "description", length = CaseNote.BODY_MAX)
    private String description;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "product_sku", length = 64, updatable = false)
    private String productSku;

    /** Which priority rules applied when it was opened, comma-separated names; staff see them. */
    @Column(name = "priority_reasons", length = 200)
    private String priorityReasons;

    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "first_answer_due")
    private Instant firstAnswerDue;

    @Column(name = "resolution_due")
    private Instant resolutionDue;

    @Column(name = "first_answer_warn_at")
    private Instant firstAnswerWarnAt;

    @Column(name = "resolution_warn_at")
    private Instant resolutionWarnAt;

    /** Written only by the service-level check's conditional update ({@link RequestSlaCheck}). */
    @Column(name = "first_answer_warned_at", insertable = false, updatable = false)
    private Instant firstAnswerWarnedAt;

    @Column(name = "resolution_warned_at", insertable = false, updatable = false)
    private Instant resolutionWarnedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private SupportCase mergedInto;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Question article;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "rated_at")
    private Instant ratedAt;

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

    /**
     * Where the case stands in the staff queue, kept with every change so that an index can hold
     * the queue's order: the priority's rank while it is open or pending, none once solved.
     */
    @Column(name = "queue_rank")
    private Integer queueRank;

    /** {@link #getNextDue()} as it was at the last change, for the queue's order within a rank. */
    @Column(name = "next_due")
    private Instant nextDue;

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

    /** A customer's own request: the rules chose its priority, the service levels its due times. */
    static SupportCase request(
            Customer customer,
            RequestForm form,
            Language language,
            PriorityRules.Decision decision,
            RequestSla sla,
            Instant now) {
        SupportCase request = new SupportCase();
        request.customer = customer;
        request.category = form.category();
        request.subject = form.subject();
        request.description = form.description();
        request.language = Objects.requireNonNull(language, "language");
        request.orderId = form.orderId();
        request.productSku = form.productSku();
        request.priority = decision.priority();
        request.priorityReasons =
                String.join(",", decision.rules().stream().map(Enum::name).toList());
        request.status = CaseStatus.OPEN;
        request.openedAt = now;
        request.updatedAt = now;
        request.plan(sla);
        return request;
    }

    /** The due times follow the priority, counted from the opening. */
    private void plan(RequestSla sla) {
        if (isRequest()) {
            firstAnswerDue = openedAt.plus(sla.firstAnswer(priority));
            firstAnswerWarnAt = RequestSla.warnAt(openedAt, firstAnswerDue);
            planResolution(openedAt, sla);
        }
    }

    void reprioritise(CasePriority priority, RequestSla sla) {
        prioritise(priority);
        plan(sla);
    }

    /** Staff answered: the first answer stops its clock, and the request waits for the customer. */
    CaseNote answer(Actor staff, String body, Instant now) {
        requireNotMerged();
        CaseNote note = note(staff, true, body, now);
        if (firstAnsweredAt == null) {
            firstAnsweredAt = now;
        }
        if (status == CaseStatus.OPEN) {
            moveTo(CaseStatus.PENDING, now);
        }
        return note;
    }

    CaseNote internalNote(Actor staff, String body, Instant now) {
        CaseNote note = new CaseNote(this, staff, true, body, now).internal();
        notes.add(note);
        updatedAt = now;
        return note;
    }

    /** This one duplicates {@code target}: it is solved there. */
    void mergeInto(SupportCase target, Instant now) {
        if (target == this || target.getId().equals(id)) {
            throw new CommunityRefusal(Reason.MERGE_SELF);
        }
        if (!target.customer.getId().equals(customer.getId())) {
            throw new CommunityRefusal(Reason.MERGE_OTHER_CUSTOMER);
        }
        if (target.mergedInto != null || mergedInto != null) {
            throw new CommunityRefusal(Reason.MERGED);
        }
        mergedInto = target;
        moveTo(CaseStatus.SOLVED, now);
    }

    void linkArticle(Question article, Instant now) {
        this.article = article;
        updatedAt = now;
    }

    void publishedAs(Question question, Instant now) {
        if (this.question != null) {
            throw new CommunityRefusal(Reason.ALREADY_PUBLIC);
        }
        this.question = question;
        updatedAt = now;
    }

    /**
     * The customer reopens a solved request within {@code window} of its solving; a reopened
     * request gets a new resolution due time (and may be warned about again).
     */
    void reopenWithin(Duration window, RequestSla sla, Instant now) {
        requireNotMerged();
        if (status == CaseStatus.SOLVED && solvedAt != null && now.isAfter(solvedAt.plus(window))) {
            throw new CommunityRefusal(Reason.REOPEN_TOO_LATE);
        }
        reopen(now);
        if (isRequest()) {
            planResolution(now, sla); // a new clock, which the check may warn about once again
        }
    }

    private void planResolution(Instant from, RequestSla sla) {
        resolutionDue = from.plus(sla.resolution(priority));
        resolutionWarnAt = RequestSla.warnAt(from, resolutionDue);
    }

    /** One rating per request, once staff have answered it; a second one replaces the first. */
    void rate(int stars, Instant now) {
        if (stars < 1 || stars > 5) {
            throw new CommunityRefusal(Reason.RATING_OUT_OF_RANGE);
        }
        if (firstAnsweredAt == null) {
            throw new CommunityRefusal(Reason.NOT_ANSWERED);
        }
        rating = stars;
        ratedAt = now;
        updatedAt = now;
    }

    void requireNotMerged() {
        if (mergedInto != null) {
            throw new CommunityRefusal(Reason.MERGED);
        }
    }

    @PrePersist
    @PreUpdate
    private void keepQueueOrder() {
        queueRank = status == CaseStatus.SOLVED ? null : priority.ordinal();
        nextDue = getNextDue();
    }

    /** Which clock runs now: the first answer's until staff answered, then the resolution's; null when none. */
    public Instant getNextDue() {
        if (!isRequest() || status == CaseStatus.SOLVED) {
            return null;
        }
        return firstAnsweredAt == null ? firstAnswerDue : resolutionDue;
    }

    /** A customer opened it as a request (rather than staff escalating a question). */
    public boolean isRequest() {
        return category != null;
    }

    /** Not (or no longer) visible in the community. */
    public boolean isPrivate() {
        return question == null;
    }

    /** What the customer sees: never the internal notes. */
    public List<CaseNote> getCustomerNotes() {
        return notes.stream().filter(n -> !n.isInternal()).toList();
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
    private void reopen(Instant now) {
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

    public RequestCategory getCategory() {
        return category;
    }

    public Language getLanguage() {
        return language;
    }

    public String getDescription() {
        return description;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getProductSku() {
        return productSku;
    }

    public List<String> getPriorityReasons() {
        return priorityReasons == null || priorityReasons.isEmpty() ? List.of() : List.of(priorityReasons.split(","));
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public Instant getFirstAnswerDue() {
        return firstAnswerDue;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public SupportCase getMergedInto() {
        return mergedInto;
    }

    public Question getArticle() {
        return article;
    }

    public Integer getRating() {
        return rating;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
