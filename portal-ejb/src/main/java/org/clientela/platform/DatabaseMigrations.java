package org.clientela.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the version this build expects before any service runs. The demo data
 * location is added only when the embedded default asks for it ({@code clientela.demo-data=true},
 * set by {@code ./run.sh}), so neither tests nor production ever see it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DEMO_DATA_PROPERTY = "clientela.demo-data";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/ClientelaDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (Boolean.getBoolean(DEMO_DATA_PROPERTY)) {
            locations.add("classpath:db/demo");
        }
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        String version = String.valueOf(flyway.info().current().getVersion());
        LOG.info(() -> "Database schema at version " + version + " (" + applied + " migrations applied now from "
                + locations + ")");
    }
}
