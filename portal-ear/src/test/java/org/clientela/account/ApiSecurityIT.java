package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black-box checks of who may call what, with real Keycloak tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSecurityIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theApiAnswers401ToAJsonClientWithoutToken() throws Exception {
        HttpResponse<String> response = get("/api/account/me", "application/json", null);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theApiAnswers403ToATokenWithoutTheRole() throws Exception {
        HttpResponse<String> response = get("/api/account/me", "application/json", Tokens.erpConnector());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"about:blank\"", "\"status\":403")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownApiPathIsA404ProblemInTheCallersLanguage() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + "/api/store/no-such-thing"))
                .header("Accept", "application/json")
                .header("Accept-Language", "uk, en;q=0.5")
                .header("Authorization", "Bearer " + Tokens.erpConnector())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404", "\"title\":\"Не знайдено\"");
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        HttpResponse<String> response = get("/api/account/me", "application/json", forged);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void privatePagesSendBrowsersToKeycloakWithPkce() throws Exception {
        HttpResponse<String> response = get("/account/", "text/html", null);
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .startsWith(TestEnvironment.REALM + "/protocol/openid-connect/auth")
                .contains("client_id=portal")
                .contains("code_challenge_method=S256");
    }

    @Test
    void privatePagesAnswer401ToJsonClients() throws Exception {
        assertThat(get("/staff/", "application/json", null).statusCode()).isEqualTo(401);
    }

    @Test
    void publicPagesNeedNoSignIn() throws Exception {
        for (String path : new String[] {"/", "/catalog", "/news", "/community"}) {
            assertThat(get(path, "text/html", null).statusCode()).as(path).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path, String accept, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
