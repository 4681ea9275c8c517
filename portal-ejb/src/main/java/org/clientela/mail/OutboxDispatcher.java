package org.clientela.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: shortly after a queuing transaction commits, and on a steady poll
 * that picks up retries and mails left behind by a restart. Claiming is what keeps two senders,
 * on one node or several, off the same mail.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    static final int BATCH_SIZE = 100;

    /**
     * How long a queued mail waits for others to share its batch ({@code
     * clientela.mail.gather-millis}, default 200): claiming, sending and recording cost a
     * transaction each per batch, so the mails of a busy moment should share one batch rather
     * than pay three transactions each.
     */
    private static final long GATHER_MILLIS = Long.getLong("clientela.mail.gather-millis", 200);

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private OutboxLedger ledger;

    @Inject
    private MailTransport transport;

    private final Semaphore senders = new Semaphore(Integer.getInteger("clientela.mail.senders", 2));
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private ScheduledFuture<?> poll;

    @PostConstruct
    void start() {
        long seconds = Long.getLong("clientela.mail.poll-seconds", 5);
        poll = executor.scheduleWithFixedDelay(this::drain, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    public void onMailQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        drainSoon();
    }

    /** One drain a moment from now, for every mail queued until it begins. */
    private void drainSoon() {
        if (drainScheduled.compareAndSet(false, true)) {
            try {
                executor.schedule(
                        () -> {
                            drainScheduled.set(false); // mails queued from now on need the next drain
                            drain();
                        },
                        GATHER_MILLIS,
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // the server is stopping: the poll (or the next start) sends them; a later mail may try again
                drainScheduled.set(false);
            }
        }
    }

    /**
     * Sends every due mail, batch by batch, until none is left. Up to {@code
     * clientela.mail.senders} (default 2) drains run at once: while one waits for the relay,
     * another claims and records.
     */
    public void drain() {
        if (!senders.tryAcquire()) {
            drainSoon(); // both senders busy: they may have claimed before the newest mails came
            return;
        }
        try {
            while (sendBatch() == BATCH_SIZE) {
                // a full batch suggests more are waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox drain stopped; the next poll retries", e);
        } finally {
            senders.release();
        }
    }

    private int sendBatch() {
        List<OutgoingMail> claimed;
        try {
            claimed = ledger.claimDue(Instant.now(), BATCH_SIZE);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Another sender claimed the same mails; retrying later", e);
            return 0;
        }
        if (!claimed.isEmpty()) {
            ledger.record(transport.send(claimed), Instant.now(), RetryPolicy.DEFAULT);
        }
        return claimed.size();
    }
}
