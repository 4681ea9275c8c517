package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of answer of the portal carries the browser-side defences: a Content-Security-Policy
 * that allows no inline script but the page's own nonce and no framing by other sites, no MIME
 * sniffing, a referrer policy, and over HTTPS also HSTS and Secure cookies. Cookies are
 * SameSite=Lax.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    /** WildFly's HTTPS listener, with the certificate it makes itself for localhost. */
    private static final String HTTPS_PORTAL = "https://localhost:8443";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void publicPagesCarryTheHeadersAndOnlyScriptsWithTheirNonce() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String sku = "HDR-" + key.toUpperCase();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "headers-" + key, sku, "10.00", 5, "Header pad " + key);

        for (String path : List.of("/", "/catalog", "/catalog?q=pad&sort=price-asc", "/product/" + sku, "/subscribe")) {
            HttpResponse<String> page = get(TestEnvironment.PORTAL + path, WebSession.BROWSER_ACCEPT, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertFacesPage(path, page.headers(), page.body());
        }
    }

    @Test
    void customerAndStaffPagesCarryTheHeaders() throws Exception {
        WebSession customer = WebSession.signIn("customer");
        for (String path : List.of("/account/", "/account/profile", "/cart")) {
            Page page = customer.get(URI.create(TestEnvironment.PORTAL + path));
            assertThat(page.status()).as(path).isEqualTo(200);
            assertFacesPage(path, page.headers(), page.body());
        }

        WebSession agent = WebSession.signIn("agent", WebSession.DEMO_PASSWORD, "/staff/");
        for (String path : List.of("/staff/", "/staff/community", "/staff/crm")) {
            Page page = agent.get(URI.create(TestEnvironment.PORTAL + path));
            assertThat(page.status()).as(path).isEqualTo(200);
            assertFacesPage(path, page.headers(), page.body());
        }

        // a page the agent may not see: the 403 page is a Faces page like any other
        Page denied = agent.get(URI.create(TestEnvironment.PORTAL + "/staff/catalog"));
        assertThat(denied.status()).isEqualTo(403);
        assertFacesPage("403", denied.headers(), denied.body());
    }

    @Test
    void resourcesAndTheApiCarryTheHeadersToo() throws Exception {
        HttpResponse<String> home = get(TestEnvironment.PORTAL + "/", WebSession.BROWSER_ACCEPT, null);
        Document document = Jsoup.parse(home.body(), TestEnvironment.PORTAL + "/");
        Element stylesheet = document.selectFirst("link[rel=stylesheet][href*=jakarta.faces.resource]");
        Element script = document.selectFirst("script[src*=jakarta.faces.resource]");
        assertThat(stylesheet).isNotNull();
        assertThat(script).isNotNull();
        for (String resource : List.of(stylesheet.absUrl("href"), script.absUrl("src"))) {
            HttpResponse<String> answer = get(resource, "*/*", null);
            assertThat(answer.statusCode()).as(resource).isEqualTo(200);
            assertCommonHeaders(resource, answer.headers());
        }

        String key = UUID.randomUUID().toString().substring(0, 8);
        String sku = "API-" + key.toUpperCase();
        String token = Tokens.erpConnector();
        ErpApi.categoryWithProduct(token, "api-headers-" + key, sku, "10.00", 5, "Api pad " + key);
        HttpResponse<String> product =
                get(TestEnvironment.PORTAL + "/api/store/products/" + sku, "application/json", token);
        assertThat(product.statusCode()).isEqualTo(200);
        assertCommonHeaders("REST", product.headers());

        HttpResponse<String> ping = get(TestEnvironment.PORTAL + "/ping", "text/plain", null);
        assertCommonHeaders("/ping", ping.headers());
    }

    @Test
    void cookiesAreSameSiteLaxAndSecureOnlyOverHttps() throws Exception {
        HttpResponse<String> plain = get(TestEnvironment.PORTAL + "/subscribe", WebSession.BROWSER_ACCEPT, null);
        String plainSession = sessionCookie(plain.headers());
        assertThat(plainSession).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpClient trusting = HttpClient.newBuilder()
                .sslContext(trustingContext())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> secure = trusting.send(
                HttpRequest.newBuilder(URI.create(HTTPS_PORTAL + "/subscribe"))
                        .header("Accept", WebSession.BROWSER_ACCEPT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(secure.statusCode()).isEqualTo(200);
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
        assertThat(sessionCookie(secure.headers()))
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Secure");
        assertFacesPage("https", secure.headers(), secure.body());
    }

    /** A Faces page: the common headers, a nonce in the policy and on every script, no inline handler. */
    private static void assertFacesPage(String what, HttpHeaders headers, String body) {
        String policy = assertCommonHeaders(what, headers);
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find()).as(what + ": a nonce in " + policy).isTrue();
        Document page = Jsoup.parse(body);
        for (Element script : page.select("script")) {
            assertThat(script.attr("nonce")).as(what + ": " + script).isEqualTo(nonce.group(1));
        }
        for (Element element : page.getAllElements()) {
            element.attributes()
                    .forEach(attribute -> assertThat(attribute.getKey())
                            .as(what + ": an inline handler on " + element.tagName())
                            .doesNotStartWith("on"));
        }
    }

    /** The headers of every answer; returns the one Content-Security-Policy. */
    private static String assertCommonHeaders(String what, HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertThat(policies).as(what + ": one policy").hasSize(1);
        String policy = policies.get(0);
        assertThat(policy).as(what).contains("frame-ancestors 'self'").contains("script-src 'self'");
        assertThat(policy).as(what).doesNotContain("unsafe-inline' 'nonce").doesNotContain("unsafe-eval");
        assertThat(scriptSources(policy)).as(what).doesNotContain("'unsafe-inline'");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        return policy;
    }

    private static String scriptSources(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src")) {
                return directive;
            }
        }
        return "";
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
    }

    private HttpResponse<String> get(String url, String accept, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Trusts the server's self-made certificate: the test is about headers, not about the certificate. */
    private static SSLContext trustingContext() throws Exception {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
