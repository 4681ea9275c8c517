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
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The timer behind scheduled publishing. The schedule lives in the database, not in the timer, so
 * a restart (or a node that was down at the time) publishes whatever came due meanwhile. Polls
 * every {@code clientela.news.poll-seconds} (default 30).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private ScheduledPublication publication;

    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> poll;

    @PostConstruct
    void start() {
        long seconds = Long.getLong("clientela.news.poll-seconds", 30);
        poll = executor.scheduleWithFixedDelay(this::publishDue, 1, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    public void publishDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = Instant.now();
            for (Long id : publication.due(now)) {
                try {
                    if (publication.publishIfDue(id, now)) {
                        LOG.info(() -> "Published scheduled translation " + id);
                    }
                } catch (RuntimeException e) {
                    // another node got there first (optimistic lock), or a bad row: the rest go on
                    LOG.log(Level.WARNING, "Scheduled translation " + id + " not published now", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled publishing stopped; the next poll retries", e);
        } finally {
            running.set(false);
        }
    }
}
