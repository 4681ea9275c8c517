package org.clientela.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.bench.LoadDriver.Failure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One person's browser without JavaScript: its own cookies (the portal's session, Keycloak's
 * login cookies, see {@link #cookies}), HTML forms read with jsoup and posted as a browser posts
 * them, redirects followed one by one so that each answer can be seen. HTTP/1.1, as browsers
 * speak to a plain http:// server. (jsoup is on the test classpath because portal-ejb needs it at
 * run time; it must not be declared here with test scope, which would take it out of the EAR.)
 */
final class WebSession {

    /** What a browser accepts: the OIDC adapter sends such a request to the login, not a 401. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 10;

    /** An answer, with the HTML parsed on first use. */
    static final class Page {
        private final HttpResponse<String> response;
        private Document document;

        private Page(HttpResponse<String> response) {
            this.response = response;
        }

        int status() {
            return response.statusCode();
        }

        URI uri() {
            return response.uri();
        }

        String body() {
            return response.body();
        }

        boolean isRedirect() {
            return status() >= 300
                    && status() < 400
                    && response.headers().firstValue("Location").isPresent();
        }

        /** The redirect's target, resolved against this page's address. */
        URI location() {
            return uri().resolve(response.headers().firstValue("Location").orElseThrow());
        }

        Document document() {
            if (document == null) {
                document = Jsoup.parse(body(), uri().toString());
            }
            return document;
        }

        /** The text of the element with this id, or null. */
        String text(String id) {
            Element element = document().getElementById(id);
            return element == null ? null : element.text();
        }

        /** A form of this page by its id (JSF ids contain colons, so no CSS selector). */
        Form form(String id) throws Failure {
            Element element = document().getElementById(id);
            if (!(element instanceof FormElement form)) {
                throw new Failure("no form " + id, "no form #" + id + " at " + uri() + " (" + title() + ")");
            }
            return new Form(form);
        }

        String title() {
            return document().title();
        }
    }

    /**
     * The fields a browser would submit from a form as it stands (hidden ones such as JSF's
     * ViewState included, checked radios, selected options), to be changed before posting.
     */
    static final class Form {
        private final URI action;
        private final Map<String, String> fields = new LinkedHashMap<>();

        Form(FormElement form) {
            String target = form.absUrl("action");
            this.action = URI.create(target.isEmpty() ? form.ownerDocument().location() : target);
            // one value per name is all the portal's forms have (radios and selects yield one)
            form.formData().forEach(field -> fields.put(field.key(), field.value()));
        }

        URI action() {
            return action;
        }

        String get(String name) {
            return fields.get(name);
        }

        Form set(String name, String value) {
            fields.put(name, value);
            return this;
        }

        Map<String, String> fields() {
            return fields;
        }

        String encoded() {
            return fields.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    private final HttpClient http;

    /**
     * The cookies, kept here rather than by the client's cookie handler: Keycloak marks its login
     * cookies Secure (with SameSite=None) also over plain http, and browsers send them back to
     * http://localhost, which they count as a secure context, but Java's handler sends Secure
     * cookies over https only (Keycloak would answer the login with "cookie not found"), and it
     * would send Keycloak's "Version=1" cookies in RFC 2965 form ($Version, quoted values). Here
     * they go back in one Cookie header as browsers send them; the store keeps replacement and
     * expiry.
     */
    private final CookieStore cookies = new CookieManager().getCookieStore();

    WebSession() {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** One GET, redirects not followed. */
    Page get(URI uri) throws IOException, InterruptedException {
        return send(uri, request(uri).GET());
    }

    /** One form POST (urlencoded), redirects not followed. */
    Page post(URI uri, String encodedForm) throws IOException, InterruptedException {
        return send(
                uri,
                request(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encodedForm)));
    }

    /**
     * A JSON POST with this session, as the portal's own scripts or an app holding the session
     * would send it; text/html among the accepted types makes the OIDC adapter use the session.
     */
    HttpResponse<String> postJson(URI uri, String json, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json, text/html;q=0.5")
                .header("Accept-Language", "en")
                .header("User-Agent", "clientela-bench")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        String cookie = cookieHeader(uri);
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        remember(uri, response.headers().allValues("Set-Cookie"));
        return response;
    }

    Page post(Form form) throws IOException, InterruptedException {
        return post(form.action(), form.encoded());
    }

    /** A GET whose redirects are followed, as a browser does (a POST's redirect answered by a GET). */
    Page browse(URI uri) throws IOException, InterruptedException, Failure {
        return follow(get(uri));
    }

    Page follow(Page page) throws IOException, InterruptedException, Failure {
        for (int i = 0; page.isRedirect(); i++) {
            if (i == MAX_REDIRECTS) {
                throw new Failure("redirect loop", "more than " + MAX_REDIRECTS + " redirects, last " + page.uri());
            }
            page = get(page.location());
        }
        return page;
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", BROWSER_ACCEPT)
                .header("Accept-Language", "en")
                .header("User-Agent", "clientela-bench");
    }

    private Page send(URI uri, HttpRequest.Builder request) throws IOException, InterruptedException {
        String cookie = cookieHeader(uri);
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        remember(uri, response.headers().allValues("Set-Cookie"));
        return new Page(response);
    }

    /** Keeps the cookies an answer set (the benchmarks talk to loopback only: Secure is moot). */
    void remember(URI uri, List<String> setCookies) {
        for (String header : setCookies) {
            List<HttpCookie> parsed;
            try {
                parsed = HttpCookie.parse(header);
            } catch (IllegalArgumentException malformed) {
                continue; // as a browser does
            }
            for (HttpCookie cookie : parsed) {
                cookie.setVersion(0);
                cookie.setSecure(false);
                if (cookie.getPath() == null) {
                    String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
                    cookie.setPath(path.substring(0, path.lastIndexOf('/') + 1));
                }
                cookies.add(uri, cookie);
            }
        }
    }

    /** The Cookie header for a request: this host's live cookies whose path covers it, longest path first. */
    String cookieHeader(URI uri) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return cookies.get(uri).stream()
                .filter(cookie -> path.startsWith(cookie.getPath()))
                .sorted(Comparator.comparing(
                                (HttpCookie cookie) -> cookie.getPath().length())
                        .reversed())
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }
}
