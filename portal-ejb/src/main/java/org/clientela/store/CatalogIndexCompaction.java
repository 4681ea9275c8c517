package org.clientela.store;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;

/**
 * Merges the catalog index into one segment some seconds after the last bulk import ({@code
 * clientela.search.compact-after-seconds}, 10; 0 or less: never). Every commit that indexes
 * products leaves a segment, and the merge policy keeps several after an import of thousands;
 * every search then looks up its words, and builds its facets' ordinals, once per segment. The
 * small segments that orders and reviews leave later are the merge policy's business.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogIndexCompaction {

    /** A call that writes fewer products is no import (the back office, a price change): no event. */
    public static final int IMPORT_SIZE = 100;

    private static final long AFTER_SECONDS = Long.getLong("clientela.search.compact-after-seconds", 10);
    private static final Logger LOG = Logger.getLogger(CatalogIndexCompaction.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @PersistenceUnit
    private EntityManagerFactory emf;

    private ScheduledFuture<?> pending;

    @PreDestroy
    synchronized void stop() {
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** An import postpones the merge: a series of calls is merged once, after the last. */
    public synchronized void onImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogImported imported) {
        if (AFTER_SECONDS <= 0) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = executor.schedule(this::merge, AFTER_SECONDS, TimeUnit.SECONDS);
    }

    private void merge() {
        long start = System.nanoTime();
        try {
            Search.mapping(emf).scope(Product.class).workspace().mergeSegments();
            LOG.info(() -> "Catalog index merged into one segment after an import in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Merging the catalog index failed; searches stay as fast as before", e);
        }
    }
}
