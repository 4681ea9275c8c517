package org.clientela.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.WebSession;

/** Users of a benchmark, created in the test Keycloak through its admin API. */
final class BenchUsers {

    private static final String USERS = TestEnvironment.KEYCLOAK + "/admin/realms/clientela/users";

    private BenchUsers() {}

    /**
     * Customers as the realm makes them: enabled, email verified, with a password; the realm's
     * default role {@code default-roles-clientela} includes {@code customer}, which is checked.
     */
    static List<String> customers(String prefix, int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = Tokens.keycloakAdmin();
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = String.format("%s-%04d", prefix, i);
            String location = create(http, token, username, "Buyer");
            requireRole(http, token, username, location, "customer");
            usernames.add(username);
        }
        return usernames;
    }

    /** Staff members holding {@code role} (a realm role, e.g. {@code admin}), besides the default ones. */
    static List<String> staff(String prefix, int count, String role) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = Tokens.keycloakAdmin();
        HttpResponse<String> representation = http.send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.KEYCLOAK + "/admin/realms/clientela/roles/" + role))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (representation.statusCode() != 200) {
            throw new IllegalStateException("No realm role " + role + ": " + representation.statusCode());
        }
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = String.format("%s-%04d", prefix, i);
            String location = create(http, token, username, "Staff");
            HttpResponse<String> granted = http.send(
                    HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("[" + representation.body() + "]"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (granted.statusCode() != 204) {
                throw new IllegalStateException(username + " did not get " + role + ": " + granted.statusCode());
            }
            requireRole(http, token, username, location, role);
            usernames.add(username);
        }
        return usernames;
    }

    /** @return the new user's address in the admin API */
    private static String create(HttpClient http, String token, String username, String lastName)
            throws IOException, InterruptedException {
        String json = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,"
                + "\"email\":\"" + username + "@clientela.test\",\"firstName\":\"Bench\",\"lastName\":\"" + lastName
                + "\",\"credentials\":[{\"type\":\"password\",\"value\":\"" + WebSession.DEMO_PASSWORD
                + "\",\"temporary\":false}]}";
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(USERS))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = created.headers().firstValue("Location").orElse(null);
        if (created.statusCode() != 201 || location == null) {
            throw new IllegalStateException(
                    "Keycloak did not create " + username + ": " + created.statusCode() + " " + created.body());
        }
        return location;
    }

    private static void requireRole(HttpClient http, String token, String username, String location, String role)
            throws IOException, InterruptedException {
        HttpResponse<String> roles = http.send(
                HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm/composite"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (roles.statusCode() != 200 || !roles.body().contains("\"name\":\"" + role + "\"")) {
            throw new IllegalStateException(
                    username + " did not get the " + role + " role: " + roles.statusCode() + " " + roles.body());
        }
    }
}
