package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The role names of {@link Roles} are the realm's, and web.xml names no other. */
class RolesTest {

    private static final Path WEB_XML = Path.of("src/main/webapp/WEB-INF/web.xml");
    private static final Path REALM = Path.of("../keycloak-realm/src/main/realm/clientela-realm.json");

    @Test
    void everyRoleIsARealmRole() throws IOException {
        String realm = Files.readString(REALM);
        assertThat(roles()).allSatisfy(role -> assertThat(realm).containsPattern("\"name\"\\s*:\\s*\"" + role + "\""));
    }

    @Test
    void webXmlDeclaresEveryRoleAndConstrainsWithNoOther() throws IOException {
        String webXml = Files.readString(WEB_XML);
        List<String> named = new ArrayList<>();
        Matcher roleName = Pattern.compile("<role-name>([^<]+)</role-name>").matcher(webXml);
        while (roleName.find()) {
            named.add(roleName.group(1));
        }
        assertThat(named).allSatisfy(role -> assertThat(role).isIn(withAnyAuthenticated()));
        assertThat(roles())
                .allSatisfy(role -> assertThat(webXml)
                        .contains("<security-role><role-name>" + role + "</role-name></security-role>"));
    }

    private static List<String> withAnyAuthenticated() {
        List<String> names = new ArrayList<>(roles());
        names.add("**");
        return names;
    }

    private static List<String> roles() {
        List<String> roles = new ArrayList<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    roles.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(roles).hasSize(6);
        return roles;
    }
}
