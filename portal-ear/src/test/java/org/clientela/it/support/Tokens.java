package org.clientela.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real access tokens from the test run's Keycloak. */
public final class Tokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Tokens() {}

    /** A token of the ERP connector's service account (realm role {@code integration}). */
    public static String erpConnector() throws IOException, InterruptedException {
        return serviceAccount("erp-connector", "erp-demo-secret");
    }

    /** A token of the portal's own service account: valid, but without the {@code integration} role. */
    public static String portalServiceAccount() throws IOException, InterruptedException {
        return serviceAccount("portal", "portal-demo-secret");
    }

    /**
     * A token of Keycloak's bootstrap administrator (master realm, admin/admin as the test run
     * starts Keycloak), for the admin API: test users, realm settings.
     */
    public static String keycloakAdmin() throws IOException, InterruptedException {
        TestEnvironment.awaitKeycloak();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(TestEnvironment.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build();
        return token(request);
    }

    private static String serviceAccount(String client, String secret) throws IOException, InterruptedException {
        TestEnvironment.awaitKeycloak();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(TestEnvironment.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=" + client + "&client_secret=" + secret))
                .build();
        return token(request);
    }

    private static String token(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("No token from Keycloak: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }
}
