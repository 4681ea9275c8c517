package org.clientela.store;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Versions of what the public catalog pages show, for the caches of those pages ({@code
 * PublicPageCache}). A change counts once its transaction has committed, never before, so that a
 * page rendered from the old data is never kept under the new version. Three versions, so that
 * the orders of a busy shop do not throw away every kept page:
 *
 * <ul>
 *   <li>the <b>listing</b> (search pages, facets): any change but stock taken or returned that
 *       leaves a product in stock, or out of it, as it was;
 *   <li>the <b>structure</b> (categories, index rebuilds), which every page shows;
 *   <li>each <b>product</b>'s own (its page): any change of it, its stock or its reviews.
 * </ul>
 *
 * They count in this server only: other nodes of a cluster learn of a change when their kept
 * pages expire.
 */
public class CatalogChanges {

    private static final AtomicLong LISTING = new AtomicLong();
    private static final AtomicLong STRUCTURE = new AtomicLong();
    private static final AtomicLong STAMPS = new AtomicLong();
    private static final Map<String, Long> PRODUCTS = new ConcurrentHashMap<>();
    private static volatile long lastListingChange = System.nanoTime();

    /** Looked up once: every product an ERP call or an order touches comes through here. */
    private static volatile TransactionSynchronizationRegistry registry;

    /** Moves on after every committed change that search pages show. */
    public static long version() {
        return LISTING.get();
    }

    /** Moves on after every committed change of the categories, or a rebuilt index. */
    public static long structureVersion() {
        return STRUCTURE.get();
    }

    /** Moves on after every committed change of this product, its stock or its reviews; 0 before any. */
    public static long productVersion(String sku) {
        return PRODUCTS.getOrDefault(sku, 0L);
    }

    /**
     * Whether the last listing change is older than {@code settle}: the search index takes in a
     * change a moment after its commit, and a search rendered in that moment may still show the
     * old state.
     */
    public static boolean settled(Duration settle) {
        return System.nanoTime() - lastListingChange > settle.toNanos();
    }

    /** A change the entities did not see, such as a rebuilt search index. */
    public static void changedOutsideEntities() {
        STRUCTURE.incrementAndGet();
        listingChanged();
    }

    private static void listingChanged() {
        lastListingChange = System.nanoTime();
        LISTING.incrementAndGet();
    }

    /** What one transaction changed, counted when it commits. */
    private static final class Pending implements Synchronization {
        final Set<String> products = new HashSet<>();
        boolean listing;
        boolean structure;

        @Override
        public void beforeCompletion() {
            // the data is not visible to other readers yet
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                apply();
            }
        }

        void apply() {
            for (String sku : products) {
                PRODUCTS.put(sku, STAMPS.incrementAndGet());
            }
            if (structure) {
                STRUCTURE.incrementAndGet();
            }
            if (listing || structure) {
                listingChanged();
            }
        }
    }

    /** What a product page shows besides the product itself, such as its reviews. */
    public interface ProductPart {
        Product getProduct();
    }

    private static final Object KEY = new Object();

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        TransactionSynchronizationRegistry transaction = registry();
        boolean inTransaction = transaction != null && transaction.getTransactionKey() != null;
        Pending pending = inTransaction ? pendingIn(transaction) : new Pending();
        if (entity instanceof Product product) {
            pending.products.add(product.getSku());
            pending.listing |= !product.listingKept();
        } else if (entity instanceof ProductPart part) {
            // a review's stars reach the listing through the product's rating (Product#rate)
            pending.products.add(part.getProduct().getSku());
        } else {
            pending.structure = true;
        }
        if (!inTransaction) {
            pending.apply(); // committed already
        }
    }

    private static Pending pendingIn(TransactionSynchronizationRegistry transaction) {
        Pending pending = (Pending) transaction.getResource(KEY);
        if (pending == null) {
            pending = new Pending();
            transaction.putResource(KEY, pending);
            transaction.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry known = registry;
        if (known == null) {
            try {
                known = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
                registry = known;
            } catch (NamingException e) {
                return null; // outside the server (unit tests of the mappings): no transactions to wait for
            }
        }
        return known;
    }
}
