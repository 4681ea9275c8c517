package org.clientela.it.support;

import java.io.File;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the EAR exactly as the build produced it. Tests
 * that run inside the server get their class (and the in-container helpers) added to the WAR,
 * where Arquillian's test servlet runs them with access to every service of the EAR.
 */
public final class PortalDeployment {

    public static final String WEB_MODULE = "portal-web.war";

    private PortalDeployment() {}

    /** The EAR as built, for tests that act from outside like a browser or an API client. */
    public static EnterpriseArchive asBuilt() {
        File ear = new File(System.getProperty("clientela.ear", "target/clientela.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": run the package phase first");
        }
        return ShrinkWrap.create(ZipImporter.class, "clientela.ear")
                .importFrom(ear)
                .as(EnterpriseArchive.class);
    }

    /** The EAR with {@code testClass} (and its helpers) inside its web module, for tests that run in the server. */
    public static EnterpriseArchive withTest(Class<?> testClass, Class<?>... helpers) {
        EnterpriseArchive ear = asBuilt();
        WebArchive web = ShrinkWrap.create(ZipImporter.class, WEB_MODULE)
                .importFrom(ear.get(WEB_MODULE).getAsset().openStream())
                .as(WebArchive.class)
                .addClass(testClass)
                .addClasses(helpers)
                .addPackage(Eventually.class.getPackage());
        ear.delete(WEB_MODULE);
        return ear.addAsModule(web);
    }
}
