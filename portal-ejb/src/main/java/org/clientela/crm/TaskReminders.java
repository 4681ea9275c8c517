package org.clientela.crm;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.StaffNotice;

/**
 * Every minute, tells whoever has a task (or made it, while nobody has) that its reminder is due,
 * once. Each reminder is claimed by a conditional update before its notice is fired, so two servers
 * running the timer at the same moment do not both remind: the second update finds it claimed.
 */
@Stateless
public class TaskReminders {

    static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<StaffNotice> notices;

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void remindDue() {
        remindDue(Instant.now());
    }

    /** Returns how many reminders it fired. */
    public int remindDue(Instant now) {
        List<Long> due = em.createQuery(
                        "select t.id from FollowUpTask t where t.remindAt <= :now and t.remindedAt is null"
                                + " and t.doneAt is null order by t.remindAt, t.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        int fired = 0;
        for (Long id : due) {
            int claimed = em.createQuery("update FollowUpTask t set t.remindedAt = :now, t.version = t.version + 1"
                            + " where t.id = :id and t.remindedAt is null")
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .executeUpdate();
            if (claimed == 1) {
                FollowUpTask task = em.find(FollowUpTask.class, id);
                String recipient = task.reminderRecipient();
                if (recipient != null) {
                    notices.fire(new StaffNotice(
                            recipient, NoticeKind.TASK_REMINDER, task.getSummary(), FollowUpTasks.MY_TASKS));
                    fired++;
                }
            }
        }
        return fired;
    }
}
