package org.clientela.platform;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema the migrations built is the one the entities expect, on H2 and on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @PersistenceUnit(unitName = "clientela")
    EntityManagerFactory emf;

    @Test
    void theMigratedSchemaMatchesTheEntityMappings() {
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
