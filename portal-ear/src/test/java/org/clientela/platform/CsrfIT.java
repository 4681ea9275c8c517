package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.WebSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery, as another site's page would try it: a write carrying the victim's
 * session cookie but the other site's {@code Origin} (or, without one, its {@code Referer}) is
 * refused with 403 and changes nothing; the same request from the portal's own pages, and API
 * calls with a bearer token from anywhere, keep working.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

    private static final String EVIL = "http://evil.example";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aForeignPageCannotCancelAnOrderWithTheSessionCookie() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String sku = "CSRF-" + key.toUpperCase();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "csrf-" + key, sku, "10.00", 5, "Csrf pad " + key);
        WebSession customer = WebSession.signIn("customer");
        HttpResponse<String> placed = customer.postJson(
                URI.create(TestEnvironment.PORTAL + "/api/account/orders"),
                """
                {"lines": [{"sku": "%s", "quantity": 1}], "expectedTotal": 16.90, "delivery": "STANDARD",
                 "payment": "INVOICE", "shipping": {"recipient": "Olena Kovalenko", "street": "bul. Vitosha 1",
                 "postalCode": "1000", "city": "Sofia", "country": "BG"}}""".formatted(sku),
                UUID.randomUUID().toString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        Matcher id = ID.matcher(placed.body());
        assertThat(id.find()).isTrue();
        String cancel = "/api/account/orders/" + id.group(1) + "/cancel";

        assertThat(post(customer, cancel, "application/json", "", "Origin", EVIL)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(customer, cancel, "application/json", "", "Referer", EVIL + "/trap.html")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(customer, cancel, "application/json", "", "Origin", "null")
                        .statusCode())
                .as("an opaque origin (a sandboxed frame, a redirect) is foreign")
                .isEqualTo(403);
        assertThat(get(customer, "/api/account/orders/" + id.group(1)).body()).contains("\"status\":\"PLACED\"");

        HttpResponse<String> own = post(customer, cancel, "application/json", "", "Origin", TestEnvironment.PORTAL);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("\"changed\":true");
    }

    @Test
    void thePlainFormsRefuseForeignPages() throws Exception {
        WebSession customer = WebSession.signIn("customer2");
        String session = customer.sessionId();
        String form = "application/x-www-form-urlencoded";

        assertThat(post(customer, "/cart/add", form, "sku=NONE&quantity=1", "Origin", EVIL)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(customer, "/community/report", form, "kind=ANSWER&id=1", "Origin", EVIL)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(customer, "/account/resend-verification", form, "", "Referer", EVIL + "/")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(customer, "/account/act-for", form, "account=self", "Origin", EVIL)
                        .statusCode())
                .isEqualTo(403);
        assertThat(customer.sessionId()).as("no switch took place").isEqualTo(session);

        HttpResponse<String> foreignLanguage = post(customer, "/language", form, "to=bg&return=%2F", "Origin", EVIL);
        assertThat(foreignLanguage.statusCode()).isEqualTo(403);
        assertThat(foreignLanguage.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("clientela_lang="));

        // the portal's own pages post with their own origin, or a referrer of the portal's
        HttpResponse<String> ownLanguage =
                post(customer, "/language", form, "to=bg&return=%2F", "Origin", TestEnvironment.PORTAL);
        assertThat(ownLanguage.statusCode()).isEqualTo(302);
        assertThat(ownLanguage.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("clientela_lang=bg"));
        HttpResponse<String> back =
                post(customer, "/language", form, "to=en&return=%2F", "Referer", TestEnvironment.PORTAL + "/catalog");
        assertThat(back.statusCode()).isEqualTo(302);
    }

    @Test
    void bearerTokenCallsAreNotCookieAuthenticatedAndKeepWorking() throws Exception {
        String slug = "csrf-bearer-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + "/api/store/categories"))
                        .header("Authorization", "Bearer " + Tokens.erpConnector())
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .header("Origin", EVIL)
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "[{\"slug\": \"%s\", \"names\": {\"en\": \"%s\"}}]".formatted(slug, slug)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** A POST with this session's cookies and one extra header, as a page of some origin makes it. */
    private HttpResponse<String> post(
            WebSession session, String path, String contentType, String body, String header, String value)
            throws Exception {
        URI uri = URI.create(TestEnvironment.PORTAL + path);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri)
                        .header("Cookie", session.cookieHeader(uri))
                        .header("Accept", "application/json, text/html;q=0.5")
                        .header("Content-Type", contentType)
                        .header(header, value)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        session.remember(uri, response.headers().allValues("Set-Cookie"));
        return response;
    }

    private HttpResponse<String> get(WebSession session, String path) throws Exception {
        URI uri = URI.create(TestEnvironment.PORTAL + path);
        return http.send(
                HttpRequest.newBuilder(uri)
                        .header("Cookie", session.cookieHeader(uri))
                        .header("Accept", "application/json, text/html;q=0.5")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
