package org.clientela.community;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.clientela.crm.FollowUpReason;
import org.clientela.crm.FollowUpTasks;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.StaffNotice;

/**
 * Every few minutes, like the questions' SLA timer: an open request whose first answer or
 * resolution is about to be late (three quarters of its time gone) gets a follow-up task, and
 * its assignee a notice. Each clock is warned about once: the conditional update that marks it
 * lets one run through, even when several servers of a cluster check at the same moment (the
 * others wait for its row and then find it marked).
 */
@Stateless
public class RequestSlaCheck {

    static final int BATCH = 200;

    /** Which clock a warning is about. */
    enum Clock {
        FIRST_ANSWER("first_answer", "c.first_answered_at is null"),
        RESOLUTION("resolution", "1 = 1");

        final String column;
        final String running;

        Clock(String column, String running) {
            this.column = column;
            this.running = running;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FollowUpTasks followUps;

    @Inject
    private Event<StaffNotice> staffNotices;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void warn() {
        warn(Instant.now());
    }

    /** Returns how many warnings (tasks) it gave. */
    public int warn(Instant now) {
        int warned = 0;
        for (Clock clock : Clock.values()) {
            warned += warn(clock, now);
        }
        return warned;
    }

    private int warn(Clock clock, Instant now) {
        String warnAt = "c." + clock.column + "_warn_at";
        String warnedAt = "c." + clock.column + "_warned_at";
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from support_case c where c.status <> 'SOLVED'"
                        + " and c.merged_into_id is null and " + clock.running + " and " + warnAt + " <= ?1"
                        + " and (" + warnedAt + " is null or " + warnedAt + " < " + warnAt + ")"
                        + " order by " + warnAt)
                .setParameter(1, now)
                .setMaxResults(BATCH)
                .getResultList();
        int warned = 0;
        for (Number id : ids) {
            int marked = em.createNativeQuery("update support_case set " + clock.column + "_warned_at = ?1"
                            + " where id = ?2 and " + clock.column + "_warn_at <= ?1 and ("
                            + clock.column + "_warned_at is null or " + clock.column + "_warned_at < "
                            + clock.column + "_warn_at)")
                    .setParameter(1, now)
                    .setParameter(2, id.longValue())
                    .executeUpdate();
            if (marked == 0) {
                continue; // another server warned first
            }
            SupportCase request = em.find(SupportCase.class, id.longValue());
            Instant due = clock == Clock.FIRST_ANSWER ? request.getFirstAnswerDue() : request.getResolutionDue();
            followUps.open(
                    request.getCustomer(),
                    FollowUpReason.REQUEST_SLA_AT_RISK,
                    SupportCases.reference(request) + ":" + clock.column + ":" + due.toEpochMilli(),
                    request.getNumber() + " " + clock + " due " + due + ": " + request.getSubject());
            if (request.getAssigneeSubject() != null) {
                staffNotices.fire(new StaffNotice(
                        request.getAssigneeSubject(),
                        NoticeKind.SLA_BREACH,
                        request.getNumber(),
                        ServiceRequests.staffLink(request)));
            }
            warned++;
        }
        return warned;
    }
}
