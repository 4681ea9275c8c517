package org.clientela.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, after the migrations, rebuilds the catalog index in the background when it holds
 * another number of products than the database: the demo data is inserted by SQL, and a server
 * may start with a new, lost or outdated index directory. Counting rather than testing for an
 * empty index also catches an index left over from an earlier database. Nothing here holds up
 * or fails the deployment; until a rebuild is done, searches find part of the catalog.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogIndexStartup {

    private static final Logger LOG = Logger.getLogger(CatalogIndexStartup.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PersistenceUnit
    private EntityManagerFactory emf;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private SessionContext context;

    @PostConstruct
    void scheduleCheck() {
        CatalogIndexStartup self = context.getBusinessObject(CatalogIndexStartup.class);
        executor.execute(self::checkIndex);
    }

    public void checkIndex() {
        try {
            long products =
                    em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
            long documents = CatalogIndex.documents(em);
            if (products != documents) {
                CatalogIndex.rebuildInBackground(
                        emf, "the index holds " + documents + " products, the database " + products);
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not compare the catalog index with the database; POST /api/store/search/reindex rebuilds it",
                    e);
        }
    }
}
