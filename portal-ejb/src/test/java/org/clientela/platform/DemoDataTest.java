package org.clientela.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations and the demo data of {@code ./run.sh} apply to an empty H2 database (the
 * version WildFly ships), twice without harm: a broken demo script shows here, not at start-up.
 */
class DemoDataTest {

    @Test
    void migrationsAndDemoDataApplyToAnEmptyDatabaseAndAgain() throws Exception {
        String url = "jdbc:h2:mem:demo-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/demo")
                .load();
        flyway.migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            assertEquals(5, count(statement, "select count(*) from product"));
            assertEquals(
                    1,
                    count(
                            statement,
                            "select count(*) from catalog_category c join catalog_category p"
                                    + " on c.parent_id = p.id where c.slug = 'laptops' and p.slug = 'computers'"));
            assertEquals(2, count(statement, "select count(*) from customer"));
            // the repeatable scripts run again when they change: they must add nothing twice
            statement.execute("delete from \"flyway_schema_history\" where \"script\" like 'R__%'");
            flyway.migrate();
            assertEquals(5, count(statement, "select count(*) from product"));
            assertEquals(10, count(statement, "select count(*) from product_text"));
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
