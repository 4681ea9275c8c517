package org.clientela.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;

/**
 * The outbox's own transactions, each short and separate from sending: claim a batch, then record
 * how each mail fared. SMTP never runs inside a database transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxLedger {

    /**
     * Long enough for a batch to be sent; a sender that dies leaves its batch due again after it
     * ({@code clientela.mail.lease-seconds}, default 120).
     */
    static final Duration LEASE = Duration.ofSeconds(Long.getLong("clientela.mail.lease-seconds", 120));

    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    /** Hibernate's lock timeout meaning "skip rows locked by others". */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    /**
     * Claims up to {@code limit} due mails. Rows another sender is claiming are skipped where the
     * database can (PostgreSQL's SKIP LOCKED); elsewhere, if another sender claims one of them at
     * the same time, this transaction loses on the version column and claims nothing, and the next
     * round retries.
     */
    public List<OutgoingMail> claimDue(Instant now, int limit) {
        // two queries that each walk the (status, next_attempt_at) index: one with an OR, or a
        // sort over both, would read every waiting row for each batch of a 100,000-mail run
        List<OutboxMail> due = new ArrayList<>(em.createQuery(
                        "select m from OutboxMail m where m.status = :sending and m.leaseUntil < :now",
                        OutboxMail.class)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(LOCK_TIMEOUT, SKIP_LOCKED)
                .getResultList());
        if (due.size() < limit) {
            due.addAll(em.createQuery(
                            "select m from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now"
                                    + " order by m.nextAttemptAt",
                            OutboxMail.class)
                    .setParameter("pending", MailStatus.PENDING)
                    .setParameter("now", now)
                    .setMaxResults(limit - due.size())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint(LOCK_TIMEOUT, SKIP_LOCKED)
                    .getResultList());
        }
        due.forEach(mail -> mail.claim(now, LEASE));
        em.flush();
        return due.stream().map(OutgoingMail::of).toList();
    }

    /** Marks each mail sent or failed; sent and finally failed mails go into the customer's timeline. */
    public void record(List<DeliveryOutcome> outcomes, Instant now, RetryPolicy policy) {
        if (outcomes.isEmpty()) {
            return;
        }
        Map<Long, OutboxMail> mails = em.createQuery("select m from OutboxMail m where m.id in :ids", OutboxMail.class)
                .setParameter(
                        "ids", outcomes.stream().map(DeliveryOutcome::mailId).toList())
                .getResultStream()
                .collect(Collectors.toMap(OutboxMail::getId, Function.identity()));
        for (DeliveryOutcome outcome : outcomes) {
            OutboxMail mail = mails.get(outcome.mailId());
            if (mail == null || mail.getStatus() != MailStatus.SENDING) {
                continue; // lease expired and another sender took it over
            }
            if (outcome.isAccepted()) {
                mail.markSent(now);
                recordInTimeline(mail, InteractionType.MAIL_SENT, "Mail sent: " + mail.getSubject());
            } else {
                mail.markFailed(now, outcome.error(), policy);
                if (mail.getStatus() == MailStatus.FAILED) {
                    recordInTimeline(mail, InteractionType.MAIL_FAILED, "Mail not delivered: " + mail.getSubject());
                }
            }
        }
    }

    private void recordInTimeline(OutboxMail mail, InteractionType type, String summary) {
        if (mail.getCustomer() != null) {
            // a mail on its way while its customer closed the account: record the fact, not the words
            String said = mail.getCustomer().getClosedAt() == null ? summary : "(erased)";
            interactions.record(mail.getCustomer(), type, Channel.MAIL, Actor.SYSTEM, "mail:" + mail.getId(), said);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OutboxMail find(long id) {
        return em.find(OutboxMail.class, id);
    }
}
