package org.clientela.news;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends news runs: a run opens when a translation is published (after that transaction commits),
 * and a steady poll resumes runs a restart interrupted. One node at a time does a given batch: the
 * run's version makes a second one fail and roll back. The poll also forgets addresses that never
 * confirmed once their link expired.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NewsDispatcher {

    private static final Logger LOG = Logger.getLogger(NewsDispatcher.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private NewsRuns runs;

    @Inject
    private NewsSubscriptions subscriptions;

    private final AtomicBoolean working = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private ScheduledFuture<?> poll;

    @PostConstruct
    void start() {
        long seconds = Long.getLong("clientela.news.poll-seconds", 30);
        poll = executor.scheduleWithFixedDelay(this::work, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    public void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranslationPublished event) {
        executor.execute(() -> {
            try {
                runs.openArticleRun(event.translationId());
            } catch (RuntimeException e) {
                // opened meanwhile by another node (unique key): its run goes on there or here
                LOG.log(Level.FINE, "Run of translation " + event.translationId() + " not opened here", e);
            }
            work();
        });
    }

    /**
     * Today's daily digest and this week's weekly one, once the digest hour has come (UTC,
     * {@code clientela.news.digest-hour}, default 6; 24 never). Opening is idempotent: the period's
     * run exists once, whichever node or poll gets there first.
     */
    private void openDueDigests() {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        int hour = Integer.getInteger("clientela.news.digest-hour", 6);
        if (now.getHour() < hour) {
            return;
        }
        try {
            runs.openDigestRun(Frequency.DAILY, now.toLocalDate().toString());
            // an ISO week starts on Monday: from its digest hour on, the week's run is due
            int week = now.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            int year = now.get(IsoFields.WEEK_BASED_YEAR);
            runs.openDigestRun(Frequency.WEEKLY, String.format("%d-W%02d", year, week));
        } catch (RuntimeException e) {
            // another node opened it at the same moment: the unique key keeps one
            LOG.log(Level.FINE, "Digest run not opened here", e);
        }
    }

    /** Works through every running run, batch by batch. */
    public void work() {
        if (!working.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            subscriptions.forgetUnconfirmed(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unconfirmed subscriptions not forgotten; the next poll retries", e);
        }
        try {
            openDueDigests();
            do {
                again.set(false);
                for (Long runId : runs.runningRuns()) {
                    while (runs.sendNextBatch(runId, NewsRuns.BATCH_SIZE)) {
                        // the next batch of this run
                    }
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "News sending stopped; the next poll resumes it", e);
        } finally {
            working.set(false);
        }
    }
}
