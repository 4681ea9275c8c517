package org.clientela.community;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.clientela.account.AccountAccess;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.crm.FollowUpReason;
import org.clientela.crm.FollowUpTasks;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.CustomerNotice;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.Roles;
import org.hibernate.Hibernate;

/**
 * Support cases: staff escalate a question into a case and work it; the customer follows their
 * cases, answers staff, and reopens one that is not solved after all, which asks staff to follow
 * up.
 */
@Stateless
public class SupportCases {

    public static final int LIST_LIMIT = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Questions questions;

    @Inject
    private AccountAccess access;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private FollowUpTasks followUps;

    @Inject
    private Event<CustomerNotice> notices;

    @Inject
    private CaseAnswerMail answerMail;

    /** Staff take a question up. The question then shows it, the case shows the thread. */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public SupportCase escalate(Actor actor, long questionId, CasePriority priority) {
        Question question = questions.visible(questionId);
        if (question.getCaseId() != null) {
            throw new CommunityRefusal(Reason.ALREADY_ESCALATED);
        }
        SupportCase supportCase = SupportCase.fromQuestion(question, priority, actor, Instant.now());
        em.persist(supportCase);
        em.flush();
        question.escalatedTo(supportCase.getId());
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_OPENED,
                Channel.STAFF,
                actor,
                reference(supportCase),
                supportCase.getNumber() + " " + priority + ": " + supportCase.getSubject());
        return supportCase;
    }

    /**
     * Staff change priority, status or assignee, and may write to the customer. Solving is its
     * own interaction type: the satisfaction figures count it.
     */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public SupportCase update(
            Actor actor, long caseId, CasePriority priority, CaseStatus status, boolean takeOver, String note) {
        SupportCase supportCase = find(caseId);
        Instant now = Instant.now();
        CaseStatus before = supportCase.getStatus();
        if (priority != null) {
            supportCase.prioritise(priority);
        }
        if (takeOver) {
            supportCase.assignTo(actor);
        }
        if (note != null && !note.isBlank()) {
            supportCase.note(actor, true, note, now);
            answerMail.send(supportCase, note);
        }
        if (status != null) {
            supportCase.moveTo(status, now);
        }
        boolean solved = status == CaseStatus.SOLVED && before != CaseStatus.SOLVED;
        interactions.record(
                supportCase.getCustomer(),
                solved ? InteractionType.CASE_SOLVED : InteractionType.CASE_UPDATED,
                Channel.STAFF,
                actor,
                reference(supportCase),
                supportCase.getNumber() + " " + supportCase.getStatus() + ", " + supportCase.getPriority());
        // staff writing to the customer is an answer; any other change (status, priority, who has it)
        // is a change the customer hears of too
        notices.fire(new CustomerNotice(
                supportCase.getCustomer().getId(),
                note != null && !note.isBlank() ? NoticeKind.CASE_ANSWERED : NoticeKind.CASE_CHANGED,
                supportCase.getNumber() + " " + supportCase.getSubject(),
                "/account/case?id=" + supportCase.getId()));
        return supportCase;
    }

    /**
     * The clock a request runs against now (see {@link SupportCase#getNextDue()}): the staff
     * queue sorts by it within a priority, the nearest breach first.
     */
    static final String NEXT_DUE = "case when c.firstAnsweredAt is null then c.firstAnswerDue else c.resolutionDue end";

    /**
     * Staff's list: open and pending cases, urgent first and, within a priority, the nearest
     * breach of a service level first; or those of one status.
     */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
    public List<SupportCase> list(CaseStatus status) {
        return em.createQuery(
                        "select c from SupportCase c join fetch c.customer where "
                                + (status == null ? "c.status <> :solved" : "c.status = :status")
                                + " order by " + CasePriority.rankOf("c.priority") + ", " + NEXT_DUE
                                + " nulls last, c.openedAt",
                        SupportCase.class)
                .setParameter(status == null ? "solved" : "status", status == null ? CaseStatus.SOLVED : status)
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
    public SupportCase staffView(long caseId) {
        SupportCase supportCase = find(caseId);
        Hibernate.initialize(supportCase.getCustomer());
        Hibernate.initialize(supportCase.getNotes());
        if (supportCase.getQuestion() != null) {
            Hibernate.initialize(supportCase.getQuestion());
            Hibernate.initialize(supportCase.getQuestion().getAnswers());
        }
        return supportCase;
    }

    /** The customer's own cases, newest first. */
    @RolesAllowed(Roles.CUSTOMER)
    public List<SupportCase> mine(Actor actor, long customerId) {
        access.requireSelf(actor, customerId);
        return em.createQuery(
                        "select c from SupportCase c where c.customer.id = :customer order by c.openedAt desc",
                        SupportCase.class)
                .setParameter("customer", customerId)
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    /** One of the customer's cases; anybody else's is refused like any other account's data. */
    @RolesAllowed(Roles.CUSTOMER)
    public SupportCase mine(Actor actor, long customerId, long caseId) {
        SupportCase supportCase = owned(actor, customerId, caseId);
        Hibernate.initialize(supportCase.getNotes());
        Hibernate.initialize(supportCase.getQuestion());
        return supportCase;
    }

    /** The customer writes to staff; a case waiting for them goes back to staff. */
    @RolesAllowed(Roles.CUSTOMER)
    public SupportCase reply(Actor actor, long customerId, long caseId, String body) {
        SupportCase supportCase = owned(actor, customerId, caseId);
        if (supportCase.getStatus() == CaseStatus.SOLVED) {
            throw new CommunityRefusal(Reason.CASE_SOLVED);
        }
        Instant now = Instant.now();
        supportCase.note(actor, false, body, now);
        if (supportCase.getStatus() == CaseStatus.PENDING) {
            supportCase.moveTo(CaseStatus.OPEN, now);
        }
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_UPDATED,
                Channel.WEB,
                actor,
                reference(supportCase),
                supportCase.getNumber() + ": " + body.strip());
        return supportCase;
    }

    /** "Not solved after all": the case opens again and staff get a follow-up task. */
    @RolesAllowed(Roles.CUSTOMER)
    public SupportCase reopen(Actor actor, long customerId, long caseId, String why) {
        SupportCase supportCase = owned(actor, customerId, caseId);
        Instant now = Instant.now();
        supportCase.reopen(now);
        supportCase.note(actor, false, why, now);
        String summary = supportCase.getNumber() + ": " + why.strip();
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_REOPENED,
                Channel.WEB,
                actor,
                reference(supportCase),
                summary);
        followUps.open(supportCase.getCustomer(), FollowUpReason.CASE_REOPENED, reference(supportCase), summary);
        return supportCase;
    }

    private SupportCase owned(Actor actor, long customerId, long caseId) {
        Customer customer = access.requireSelf(actor, customerId);
        SupportCase supportCase = find(caseId);
        if (!supportCase.getCustomer().getId().equals(customer.getId())) {
            throw new AccessDeniedException("case " + caseId + " is not the customer's");
        }
        return supportCase;
    }

    private SupportCase find(long caseId) {
        SupportCase supportCase = em.find(SupportCase.class, caseId);
        if (supportCase == null) {
            throw new CommunityRefusal(Reason.CASE_NOT_FOUND);
        }
        return supportCase;
    }

    static String reference(SupportCase supportCase) {
        return "case:" + supportCase.getId();
    }
}
