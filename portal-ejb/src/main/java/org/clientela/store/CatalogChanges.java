package org.clientela.store;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The version of what the public catalog pages show: products, their stock, categories and
 * reviews. Every change of such an entity counts once its transaction has committed, never
 * before, so that a page rendered from the old data is never kept under the new version. Caches
 * of those pages key on it ({@code PublicPageCache}). It counts in this server only: other nodes
 * of a cluster learn of a change when their cached pages expire.
 */
public class CatalogChanges {

    private static final AtomicLong VERSION = new AtomicLong();
    private static volatile long lastChange = System.nanoTime();
    private static final Object REGISTERED = new Object();

    /** Moves on after every committed change of the catalog, its stock or its reviews. */
    public static long version() {
        return VERSION.get();
    }

    /**
     * Whether the last change is older than {@code settle}: the search index takes in a change a
     * moment after its commit, and a page rendered in that moment may still show the old state.
     */
    public static boolean settled(Duration settle) {
        return System.nanoTime() - lastChange > settle.toNanos();
    }

    /** A change the entities did not see, such as a rebuilt search index. */
    public static void changedOutsideEntities() {
        count();
    }

    private static void count() {
        lastChange = System.nanoTime();
        VERSION.incrementAndGet();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        TransactionSynchronizationRegistry transaction = registry();
        if (transaction == null || transaction.getTransactionKey() == null) {
            count();
            return;
        }
        if (transaction.getResource(REGISTERED) == null) { // once per transaction
            transaction.putResource(REGISTERED, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the data is not visible to other readers yet
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        count();
                    }
                }
            });
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            return null; // outside the server (unit tests of the mappings): no transactions to wait for
        }
    }
}
