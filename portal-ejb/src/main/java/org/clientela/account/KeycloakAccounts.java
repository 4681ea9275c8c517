package org.clientela.account;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;
import org.clientela.platform.PortalSettings;

/**
 * What the portal asks of Keycloak about a person's login, through the admin REST API, as the
 * portal client's own service account (realm-management role {@code manage-users}, nothing more):
 * disable or enable a login, end its sessions, send the verification mail again.
 *
 * <p>A login Keycloak does not know (404) counts as done: there is nothing left to disable.
 * Any other failure throws, so that the caller's transaction rolls back with it.
 */
@Stateless
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Refuses new sign-ins and ends the sessions the login has. */
    public void disable(String subject) {
        if (send("PUT", "/users/" + subject, "{\"enabled\":false}")) {
            send("POST", "/users/" + subject + "/logout", null);
        }
    }

    public void enable(String subject) {
        send("PUT", "/users/" + subject, "{\"enabled\":true}");
    }

    /** Keycloak's own "verify your email" mail, with a link that leads back to the portal. */
    public void sendVerificationMail(String subject) {
        send(
                "PUT",
                "/users/" + subject + "/send-verify-email?client_id=portal&redirect_uri="
                        + URLEncoder.encode(PortalSettings.link("/account/"), StandardCharsets.UTF_8),
                null);
    }

    /** @return false when Keycloak does not know the user */
    private boolean send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUrl() + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + serviceAccountToken())
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() == 404) {
            LOG.warning(() -> "Keycloak knows no user for " + method + " " + path + "; nothing to do");
            return false;
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak refused " + method + " " + path + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return true;
    }

    private String serviceAccountToken() {
        String form = "grant_type=client_credentials&client_id=portal&client_secret="
                + URLEncoder.encode(PortalSettings.portalClientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> response = exchange(
                HttpRequest.newBuilder(URI.create(PortalSettings.realmUrl() + "/protocol/openid-connect/token"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No service account token from Keycloak: HTTP " + response.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject token = reader.readObject();
            return token.getString("access_token");
        }
    }

    /** http://host/realms/clientela becomes http://host/admin/realms/clientela. */
    static String adminUrl() {
        String realm = PortalSettings.realmUrl();
        int at = realm.lastIndexOf("/realms/");
        return realm.substring(0, at) + "/admin" + realm.substring(at);
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling Keycloak", e);
        }
    }
}
