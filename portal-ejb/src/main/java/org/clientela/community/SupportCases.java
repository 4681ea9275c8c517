package org.clientela.community;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.CustomerNotice;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.Roles;
import org.hibernate.Hibernate;

/**
 * Support cases: staff escalate a question into a case and work it. The customer's side of a case
 * (following it, answering staff, reopening it) is {@link ServiceRequests}'s, as for a request.
 */
@Stateless
public class SupportCases {

    public static final int LIST_LIMIT = 200;

    /** Cases on a page of the staff queue: staff work from the top, and a page renders quickly. */
    public static final int QUEUE_PAGE_SIZE = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Questions questions;

    @Inject
    private InteractionRecorder interactions;

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
        // the escalating agent takes the case and needs no word of it; the asker learns that
        // their public question is now a case that staff work
        notices.fire(new CustomerNotice(
                supportCase.getCustomer().getId(),
                NoticeKind.CASE_CHANGED,
                supportCase.getNumber() + " " + supportCase.getSubject(),
                ServiceRequests.customerLink(supportCase)));
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
                ServiceRequests.customerLink(supportCase)));
        return supportCase;
    }

    /**
     * A page of the staff queue: open and pending cases, urgent first and, within a priority, the
     * nearest breach of a service level first. A page past the last is empty.
     */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
    public CaseQueuePage queue(int page) {
        int shown = Math.min(Math.max(page, 0), Integer.MAX_VALUE / QUEUE_PAGE_SIZE - 1); // an offset that fits
        // the order is that of ix_support_case_queue, which the cases leave when solved; one row
        // more than a page tells whether there is a next one
        List<SupportCase> cases = em.createQuery(
                        "select c from SupportCase c join fetch c.customer where c.queueRank is not null"
                                + " order by c.queueRank, c.nextDue nulls last, c.openedAt, c.id",
                        SupportCase.class)
                .setFirstResult(shown * QUEUE_PAGE_SIZE)
                .setMaxResults(QUEUE_PAGE_SIZE + 1)
                .getResultList();
        boolean more = cases.size() > QUEUE_PAGE_SIZE;
        return new CaseQueuePage(more ? cases.subList(0, QUEUE_PAGE_SIZE) : cases, shown, more);
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
