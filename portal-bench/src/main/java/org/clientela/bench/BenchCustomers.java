package org.clientela.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;

/** Customers of a benchmark, created in the test Keycloak through its admin API. */
final class BenchCustomers {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private BenchCustomers() {}

    /**
     * Customers as the realm makes them: enabled, email verified, with a password; the realm's
     * default role {@code default-roles-clientela} includes {@code customer}, which is checked.
     */
    static List<String> create(String prefix, int customers) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = adminToken(http);
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= customers; i++) {
            String username = String.format("%s-%04d", prefix, i);
            String json = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,"
                    + "\"email\":\"" + username + "@clientela.test\",\"firstName\":\"Bench\",\"lastName\":\"Buyer\","
                    + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + WebSession.DEMO_PASSWORD
                    + "\",\"temporary\":false}]}";
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(TestEnvironment.KEYCLOAK + "/admin/realms/clientela/users"))
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
            HttpResponse<String> roles = http.send(
                    HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm/composite"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (roles.statusCode() != 200 || !roles.body().contains("\"name\":\"customer\"")) {
                throw new IllegalStateException(
                        username + " did not get the customer role: " + roles.statusCode() + " " + roles.body());
            }
            usernames.add(username);
        }
        return usernames;
    }

    /** The bootstrap administrator's token from the master realm (admin/admin, as the tests start Keycloak). */
    private static String adminToken(HttpClient http) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(
                                URI.create(TestEnvironment.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException(
                    "No admin token from Keycloak: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }
}
