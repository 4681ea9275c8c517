package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.WebSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The realm's password policy, as Keycloak applies it to every password set (registration, reset,
 * an administrator's): at least 12 characters, and none of the common passwords of its blocklist,
 * whatever its case. Asked through Keycloak's admin API with the portal's own service account
 * (manage-users), the same check the registration page runs. The demo users' password passes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordPolicyIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shortAndCommonPasswordsAreRefusedAndALongUncommonOneIsTaken() throws Exception {
        String token = Tokens.portalServiceAccount();
        String username = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(token, "POST", "/users", """
                {"username": "%s", "email": "%s@clientela.test", "enabled": true}""".formatted(username, username));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String userPath = URI.create(created.headers().firstValue("Location").orElseThrow())
                .getPath()
                .replaceFirst("^.*/users/", "/users/");
        try {
            HttpResponse<String> tooShort = setPassword(token, userPath, "Short-pass1");
            assertThat(tooShort.statusCode()).isEqualTo(400);
            assertThat(tooShort.body()).contains("invalidPasswordMinLengthMessage");

            for (String common : new String[] {"1qaz2wsx3edc", "qwertyuiop123", "1QAZ2WSX3EDC"}) {
                HttpResponse<String> refused = setPassword(token, userPath, common);
                assertThat(refused.statusCode()).as(common).isEqualTo(400);
                assertThat(refused.body()).as(common).contains("invalidPasswordBlacklistedMessage");
            }

            assertThat(setPassword(token, userPath, "Lilac-harbour-ferry-92").statusCode())
                    .isEqualTo(204);
            assertThat(setPassword(token, userPath, WebSession.DEMO_PASSWORD).statusCode())
                    .as("the demo users' password meets the policy")
                    .isEqualTo(204);
        } finally {
            send(token, "DELETE", userPath, null);
        }
    }

    private HttpResponse<String> setPassword(String token, String userPath, String password) throws Exception {
        return send(token, "PUT", userPath + "/reset-password", """
                {"type": "password", "value": "%s", "temporary": false}""".formatted(password));
    }

    private HttpResponse<String> send(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(TestEnvironment.KEYCLOAK + "/admin/realms/clientela" + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
