package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Session fixation, as an attacker would try it: a session id obtained before sign-in (planted in
 * the victim's browser) must be worth nothing once the victim has signed in, while the victim keeps
 * what the session held (the cart). Switching the account one acts for renews the id as well.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionFixationIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anIdFromBeforeSignInIsDeadAfterItAndTheCartStays() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String sku = "FIX-" + key.toUpperCase();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "fixation-" + key, sku, "10.00", 5, "Fixation pad " + key);

        TestEnvironment.awaitKeycloak();
        WebSession victim = new WebSession();
        victim.post(URI.create(TestEnvironment.PORTAL + "/cart/add"), "sku=" + sku + "&quantity=1");
        String planted = victim.sessionId();
        assertThat(planted).as("adding to the cart starts a session").isNotNull();

        Page login = victim.browse(URI.create(TestEnvironment.PORTAL + "/signin?return=%2Fcart&ui_locales=en"));
        Page cart = victim.follow(victim.post(
                login.form("kc-form-login").set("username", "customer").set("password", WebSession.DEMO_PASSWORD)));

        assertThat(cart.uri().getPath()).isEqualTo("/cart");
        assertThat(victim.sessionId()).isNotNull().isNotEqualTo(planted);
        assertThat(cart.body()).contains("Fixation pad " + key);
        assertThat(me(victim.sessionId()).statusCode()).isEqualTo(200);
        assertSignedOut(me(planted));

        // the customer's kept cart is shared with the other tests: the pad leaves it again
        Page emptied = victim.post(removeLine(cart, sku));
        assertThat(emptied.status()).isEqualTo(200);
        assertThat(victim.get(URI.create(TestEnvironment.PORTAL + "/cart")).body())
                .doesNotContain(sku);
    }

    /** The cart form posted as the line's remove button would post it (without Ajax). */
    private static WebSession.Form removeLine(Page cart, String sku) throws WebSession.Failure {
        String button = cart.document()
                .select(".cart-line[data-sku='" + sku + "'] button[id$=':remove']")
                .attr("id");
        assertThat(button).as("the line's remove button").isNotEmpty();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(cart.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find())
                .as("the page's nonce, which PrimeFaces posts along")
                .isTrue();
        return cart.form("cart").set(button, button).set("primefaces.nonce", nonce.group(1));
    }

    @Test
    void switchingTheAccountActedForRenewsTheId() throws Exception {
        WebSession customer = WebSession.signIn("customer2");
        String before = customer.sessionId();

        Page switched = customer.post(URI.create(TestEnvironment.PORTAL + "/account/act-for"), "account=self");

        assertThat(switched.status()).isEqualTo(302);
        assertThat(customer.sessionId()).isNotEqualTo(before);
        assertThat(me(customer.sessionId()).statusCode()).isEqualTo(200);
        assertSignedOut(me(before));
    }

    /**
     * Once the access token has expired, the adapter refreshes the tokens and stores the account
     * again: that is no new sign-in, the id stays and the page is served. (Renewing the id then
     * left the adapter with a session it could no longer use, and the page failed.)
     */
    @Test
    void aSessionOutlivesItsAccessTokenUnderTheSameId() throws Exception {
        String admin = Tokens.keycloakAdmin();
        String lifespan = realmSetting(admin, "accessTokenLifespan");
        // tokens of two seconds, so that the test outlives the ones its sign-in gets
        updateRealm(admin, "{\"accessTokenLifespan\":2}");
        try {
            WebSession customer = WebSession.signIn("customer2");
            String id = customer.sessionId();
            Thread.sleep(3_100); // the access token's lifetime passes

            for (String path : List.of("/account/my-data", "/account/notifications", "/account/my-data")) {
                Page page = customer.get(URI.create(TestEnvironment.PORTAL + path));
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(page.document().getElementById("page-title"))
                        .as(path)
                        .isNotNull();
            }
            assertThat(customer.sessionId()).isEqualTo(id);
            assertThat(me(id).statusCode()).isEqualTo(200);
        } finally {
            updateRealm(admin, "{\"accessTokenLifespan\":" + lifespan + "}");
        }
    }

    private String realmSetting(String admin, String name) throws Exception {
        HttpResponse<String> realm = http.send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.KEYCLOAK + "/admin/realms/clientela"))
                        .header("Authorization", "Bearer " + admin)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(realm.body());
        assertThat(value.find()).as(name + " in the realm").isTrue();
        return value.group(1);
    }

    private void updateRealm(String admin, String json) throws Exception {
        HttpResponse<String> updated = http.send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.KEYCLOAK + "/admin/realms/clientela"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(updated.statusCode()).as("realm updated: " + updated.body()).isEqualTo(204);
    }

    /** An old id is no session at all: the adapter starts a sign-in, as for any stranger. */
    private static void assertSignedOut(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow())
                .startsWith(TestEnvironment.REALM + "/protocol/openid-connect/auth");
    }

    /** {@code GET /api/account/me} with nothing but this session id, as a page's script would call it. */
    private HttpResponse<String> me(String sessionId) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + "/api/account/me"))
                        .header("Cookie", "JSESSIONID=" + sessionId)
                        .header("Accept", "application/json, text/html;q=0.5")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
