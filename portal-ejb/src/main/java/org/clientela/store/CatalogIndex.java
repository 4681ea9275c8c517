package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexReader;
import org.clientela.platform.Roles;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;

/**
 * The catalog's search index as a whole. Every change made through the entities reaches it by
 * itself; what the database got otherwise (demo data, SQL by hand, a restored backup, an index
 * directory lost) needs a rebuild from the database, here on demand or at start-up ({@link
 * CatalogIndexStartup}).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class CatalogIndex {

    private static final Logger LOG = Logger.getLogger(CatalogIndex.class.getName());

    /** Seconds for each transaction the rebuild's loader threads open; the default 300 s is short for a large catalog. */
    private static final int TRANSACTION_TIMEOUT = 1800;

    @PersistenceContext
    private EntityManager em;

    @PersistenceUnit
    private EntityManagerFactory emf;

    /**
     * Empties the index, indexes every product from the database and waits until done; answers
     * how many products the index then holds. Outside a transaction: the rebuild's threads open
     * their own, and a caller's would only time out around it. Searches meanwhile find part of
     * the catalog.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long rebuild() {
        long start = System.nanoTime();
        try {
            massIndexer(emf).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuilding the catalog index was interrupted", e);
        }
        CatalogChanges.changedOutsideEntities();
        long documents = documents();
        LOG.info(() -> "Catalog index rebuilt on demand: " + documents + " products in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return documents;
    }

    /** How many products the index holds, active or not (as many as the database when in step). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long documents() {
        return documents(em);
    }

    /**
     * How many segments the Lucene index holds: each commit that indexes products adds one, the
     * merge policy and {@link CatalogIndexCompaction} join them. Lucene backend only.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int segments() {
        try (IndexReader reader = Search.mapping(emf)
                .scope(Product.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            return reader.leaves().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long documents(EntityManager em) {
        return Search.session(em).search(Product.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    static MassIndexer massIndexer(EntityManagerFactory emf) {
        return Search.mapping(emf)
                .scope(Product.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                .mergeSegmentsOnFinish(true) // one segment: see CatalogIndexCompaction
                .transactionTimeout(TRANSACTION_TIMEOUT);
    }

    /** Starts a rebuild in the background; its end or failure is logged. */
    static CompletionStage<?> rebuildInBackground(EntityManagerFactory emf, String why) {
        LOG.info(() -> "Rebuilding the catalog index in the background: " + why);
        long start = System.nanoTime();
        return massIndexer(emf).start().whenComplete((done, failure) -> {
            CatalogChanges.changedOutsideEntities();
            if (failure != null) {
                LOG.log(Level.SEVERE, "Rebuilding the catalog index failed", failure);
            } else {
                LOG.info(() -> "Catalog index rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        });
    }
}
