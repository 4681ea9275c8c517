package org.clientela.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The one deployment of a test run, deployed before the first test class and left in place until
 * the last (the suite extension, named in {@code arquillian.xml}): the EAR exactly as the build
 * produced it, with every test class that runs inside the server added to its web module, where
 * Arquillian's test servlet runs them with access to every service of the EAR. Classes marked
 * {@code @RunAsClient} (browser and HTTP tests) act from outside and stay out, as do the
 * benchmarks and the client-side helpers.
 */
public final class PortalDeployment {

    public static final String WEB_MODULE = "portal-web.war";

    /** Test code that never runs inside the server. */
    private static final List<String> CLIENT_SIDE = List.of("org.clientela.it.browser.", "org.clientela.bench.");

    private PortalDeployment() {}

    @Deployment
    public static EnterpriseArchive deployment() {
        EnterpriseArchive ear = asBuilt();
        WebArchive web = ShrinkWrap.create(ZipImporter.class, WEB_MODULE)
                .importFrom(ear.get(WEB_MODULE).getAsset().openStream())
                .as(WebArchive.class);
        for (Class<?> test : inContainerClasses()) {
            web.addClass(test);
        }
        ear.delete(WEB_MODULE);
        return ear.addAsModule(web);
    }

    /** The EAR as built. */
    static EnterpriseArchive asBuilt() {
        File ear = new File(System.getProperty("clientela.ear", "target/clientela.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": run the package phase first");
        }
        return ShrinkWrap.create(ZipImporter.class, "clientela.ear")
                .importFrom(ear)
                .as(EnterpriseArchive.class);
    }

    /**
     * The top-level test classes that may run in the server: everything compiled from the test
     * sources but the client side (inner classes go along with their class).
     */
    static List<Class<?>> inContainerClasses() {
        Path classes = testClassesDirectory();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .filter(name -> CLIENT_SIDE.stream().noneMatch(name::startsWith))
                    .filter(name -> !name.startsWith(PortalDeployment.class.getPackageName() + ".")
                            || name.startsWith(PortalDeployment.class.getPackageName() + ".incontainer."))
                    .map(PortalDeployment::load)
                    .filter(type -> !type.isAnnotationPresent(RunAsClient.class))
                    .peek(PortalDeployment::refuseBrowserInServer)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser test without {@code @RunAsClient} would be run inside the server, without a browser. */
    private static void refuseBrowserInServer(Class<?> type) {
        if (AnnotationSupport.findRepeatableAnnotations(type, Tag.class).stream()
                .anyMatch(tag -> tag.value().equals("browser"))) {
            throw new IllegalStateException(type.getName() + " is a browser test: mark it @RunAsClient");
        }
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(PortalDeployment.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PortalDeployment.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
