package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every service says who may call it. WildFly denies a method that names no role in a bean that
 * names roles anywhere, and a service taking an {@link Actor} must not be open to callers its
 * pages would refuse.
 */
class ServiceRolesTest {

    @Test
    void aBeanThatNamesRolesNamesThemForEveryPublicMethod() {
        List<String> unnamed = services()
                .filter(ServiceRolesTest::namesRoles)
                .flatMap(type -> businessMethods(type)
                        .filter(method -> !declaresCallers(type) && !declaresCallers(method))
                        .map(method -> type.getSimpleName() + "." + method.getName()))
                .toList();
        assertThat(unnamed).isEmpty();
    }

    @Test
    void aServiceTakingAnActorSaysWhoMayCallIt() {
        List<String> open = services()
                .filter(type -> !joinsCallersTransaction(type))
                .flatMap(type -> businessMethods(type)
                        .filter(method -> !joinsCallersTransaction(method))
                        .filter(method ->
                                Arrays.asList(method.getParameterTypes()).contains(Actor.class))
                        .filter(method -> !declaresCallers(type) && !declaresCallers(method))
                        .map(method -> type.getSimpleName() + "." + method.getName()))
                .toList();
        assertThat(open).isEmpty();
    }

    private static boolean namesRoles(Class<?> type) {
        return declaresCallers(type) || businessMethods(type).anyMatch(ServiceRolesTest::declaresCallers);
    }

    private static boolean declaresCallers(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** Collaborators that only join a transaction their (checked) caller began. */
    private static boolean joinsCallersTransaction(AnnotatedElement element) {
        TransactionAttribute attribute = element.getAnnotation(TransactionAttribute.class);
        return attribute != null && attribute.value() == TransactionAttributeType.MANDATORY;
    }

    /** Public methods callers reach; timers are started by the container, not by a caller. */
    private static Stream<Method> businessMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && !method.isAnnotationPresent(Schedule.class)
                        && !method.isAnnotationPresent(Schedules.class)
                        && !method.isAnnotationPresent(Timeout.class));
    }

    private static Stream<Class<?>> services() {
        Path root;
        try {
            root = Path.of(Actor.class.getResource("Actor.class").toURI())
                    .getParent()
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .map(root.getParent().getParent()::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace(root.getFileSystem().getSeparator(), "."))
                    .map(ServiceRolesTest::load)
                    .filter(type ->
                            type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ServiceRolesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
