package org.clientela.crm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;
import org.clientela.platform.Wording;

/**
 * The work journal: staff who look after customers log their calls, meetings, e-mails and notes
 * on a customer's or company's record. The entry, its interaction on the timeline and the
 * follow-up task of its next step, if any, commit together.
 */
@Stateless
@RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
public class WorkJournal {

    /** Room left in the timeline's summary for the words around the text. */
    static final int TIMELINE_TEXT = 400;

    static final Duration NEXT_STEP_DEFAULT = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private FollowUpTasks tasks;

    public JournalEntry log(long customerId, JournalForm form, Actor by) {
        if (form.getKind() == null) {
            throw new CrmRefusal(CrmRefusal.Reason.KIND_REQUIRED);
        }
        String summary = form.getSummary() == null ? "" : form.getSummary().strip();
        if (summary.isEmpty()) {
            throw new CrmRefusal(CrmRefusal.Reason.SUMMARY_REQUIRED);
        }
        if (summary.length() > JournalEntry.SUMMARY_LENGTH) {
            throw new CrmRefusal(CrmRefusal.Reason.SUMMARY_TOO_LONG);
        }
        if (form.getKind().directed() && form.getDirection() == null) {
            throw new CrmRefusal(CrmRefusal.Reason.DIRECTION_REQUIRED);
        }
        String nextStep = form.getNextStep();
        if (nextStep != null && nextStep.length() > JournalEntry.NEXT_STEP_LENGTH) {
            throw new CrmRefusal(CrmRefusal.Reason.NEXT_STEP_TOO_LONG);
        }
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new CrmRefusal(CrmRefusal.Reason.CUSTOMER_NOT_FOUND);
        }
        Instant now = Instant.now();
        FollowUpTask task = null;
        if (nextStep != null) {
            Instant due = form.getNextStepDueAt() != null ? form.getNextStepDueAt() : now.plus(NEXT_STEP_DEFAULT);
            task = tasks.create(new TaskForm().title(nextStep).dueAt(due).customerId(customerId), by);
            task.assignTo(by);
        }
        JournalEntry entry = new JournalEntry(
                customer,
                form.getKind(),
                form.getKind().directed() ? form.getDirection() : null,
                summary,
                nextStep,
                task,
                by,
                now);
        em.persist(entry);
        interactions.record(
                customer,
                form.getKind().interaction(),
                Channel.STAFF,
                by,
                "journal:" + entry.getId(),
                timelineSummary(entry));
        return entry;
    }

    /** The newest entries on a record, for its page. */
    public List<JournalEntry> entries(long customerId, int max) {
        return em.createQuery(
                        "select e from JournalEntry e where e.customer.id = :customer"
                                + " order by e.occurredAt desc, e.id desc",
                        JournalEntry.class)
                .setParameter("customer", customerId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Says which way it went in the reader's language; the text stays as it was written. */
    static String timelineSummary(JournalEntry entry) {
        String text = entry.getSummary().length() > TIMELINE_TEXT
                ? entry.getSummary().substring(0, TIMELINE_TEXT - 1) + "…"
                : entry.getSummary();
        if (entry.getDirection() == null) {
            return text;
        }
        return Wording.of("journal.timeline", Wording.word("journal.direction." + entry.getDirection()), text)
                .stored();
    }
}
