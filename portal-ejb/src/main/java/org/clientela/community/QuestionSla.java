package org.clientela.community;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.clientela.crm.FollowUpReason;
import org.clientela.crm.FollowUpTasks;
import org.clientela.crm.ServiceLevel;

/**
 * Every few minutes, a question left unanswered past its SLA gets a follow-up task, once: a task
 * staff closed without answering is not opened again.
 */
@Stateless
public class QuestionSla {

    static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FollowUpTasks followUps;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void flagOverdue() {
        flagOverdue(Instant.now());
    }

    /** Returns how many tasks it opened. */
    public int flagOverdue(Instant now) {
        Instant due = now.minus(ServiceLevel.questionSla());
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select q.id from question q where q.answered_at is null"
                        + " and q.hidden_at is null and q.created_at < ?1 and not exists (select 1 from"
                        + " follow_up_task t where t.reference = 'question:' || cast(q.id as varchar(20)))"
                        + " order by q.created_at")
                .setParameter(1, due)
                .setMaxResults(BATCH)
                .getResultList();
        for (Number id : ids) {
            Question question = em.find(Question.class, id.longValue());
            followUps.open(
                    question.getAuthor(),
                    FollowUpReason.QUESTION_PAST_SLA,
                    Questions.reference(question),
                    question.getTitle());
        }
        return ids.size();
    }
}
