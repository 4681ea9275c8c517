package org.clientela.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One person's browser without JavaScript: its own cookies (the portal's session, Keycloak's
 * login cookies, see {@link #cookies}), HTML forms read with jsoup and posted as a browser posts
 * them, redirects followed one by one so that each answer can be seen. HTTP/1.1, as browsers
 * speak to a plain http:// server. Tests sign in with it when signing in is not what they test,
 * and hand its cookies to a real browser; the benchmarks drive whole visits with it. (jsoup is on
 * the test classpath because portal-ejb needs it at run time.)
 */
public final class WebSession {

    /** Every demo user's password (keycloak-realm); demo only. */
    public static final String DEMO_PASSWORD = "Clientela-demo1";

    /** What went wrong in a visit, with a short kind that load reports count by. */
    public static final class Failure extends Exception {
        private final String kind;

        public Failure(String kind, String detail) {
            super(detail, null, false, false);
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }
    }

    /** What a browser accepts: the OIDC adapter sends such a request to the login, not a 401. */
    public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 10;

    /** An answer, with the HTML parsed on first use. */
    public static final class Page {
        private final HttpResponse<String> response;
        private Document document;

        private Page(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public URI uri() {
            return response.uri();
        }

        public String body() {
            return response.body();
        }

        public HttpHeaders headers() {
            return response.headers();
        }

        public boolean isRedirect() {
            return status() >= 300
                    && status() < 400
                    && response.headers().firstValue("Location").isPresent();
        }

        /** The redirect's target, resolved against this page's address. */
        public URI location() {
            return uri().resolve(response.headers().firstValue("Location").orElseThrow());
        }

        public Document document() {
            if (document == null) {
                document = Jsoup.parse(body(), uri().toString());
            }
            return document;
        }

        /** The text of the element with this id, or null. */
        public String text(String id) {
            Element element = document().getElementById(id);
            return element == null ? null : element.text();
        }

        /** A form of this page by its id (JSF ids contain colons, so no CSS selector). */
        public Form form(String id) throws Failure {
            Element element = document().getElementById(id);
            if (!(element instanceof FormElement form)) {
                throw new Failure("no form " + id, "no form #" + id + " at " + uri() + " (" + title() + ")");
            }
            return new Form(form);
        }

        public String title() {
            return document().title();
        }
    }

    /**
     * The fields a browser would submit from a form as it stands (hidden ones such as JSF's
     * ViewState included, checked radios, selected options), to be changed before posting.
     */
    public static final class Form {
        private final URI action;
        private final Map<String, String> fields = new LinkedHashMap<>();

        Form(FormElement form) {
            String target = form.absUrl("action");
            this.action = URI.create(target.isEmpty() ? form.ownerDocument().location() : target);
            // one value per name is all the portal's forms have (radios and selects yield one)
            form.formData().forEach(field -> fields.put(field.key(), field.value()));
        }

        public URI action() {
            return action;
        }

        public String get(String name) {
            return fields.get(name);
        }

        public Form set(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public Map<String, String> fields() {
            return fields;
        }

        public String encoded() {
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

    public WebSession() {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Signs in as a person does, through Keycloak's login form, but without a browser: the
     * portal's {@code /signin} leads to the form, whose POST comes back through the OIDC adapter's
     * callback to {@code returnPath}. Fails with what Keycloak or the portal answered otherwise.
     * The person has chosen English in the portal's header first, so the session speaks English
     * whatever their profile says (without a choice, sign-in takes the profile's language).
     */
    public static WebSession signIn(String username, String password, String returnPath) {
        TestEnvironment.awaitKeycloak();
        WebSession web = new WebSession();
        web.remember(URI.create(TestEnvironment.PORTAL + "/"), List.of("clientela_lang=en; Path=/"));
        try {
            Page login = web.browse(URI.create(TestEnvironment.PORTAL + "/signin?ui_locales=en&return="
                    + URLEncoder.encode(returnPath, StandardCharsets.UTF_8)));
            if (login.status() != 200 || login.document().getElementById("kc-form-login") == null) {
                throw new IllegalStateException("No Keycloak login form for " + username + " at " + login.uri()
                        + " (HTTP " + login.status() + ", '" + login.title() + "')");
            }
            Form form = login.form("kc-form-login").set("username", username).set("password", password);
            String expected = TestEnvironment.PORTAL + returnPath.replaceFirst("[?#].*", "");
            Page back = web.post(form);
            // signed in once the portal sends the person on to the page asked for: a browser
            // handed this session loads that page itself
            for (int i = 0; back.isRedirect(); i++) {
                String next = back.location().toString();
                if (next.replaceFirst("[?#].*", "").equals(expected) && !next.contains("code=")) {
                    return web;
                }
                if (i == MAX_REDIRECTS) {
                    throw new Failure("redirect loop", "more than " + MAX_REDIRECTS + " redirects, last " + back.uri());
                }
                back = web.get(back.location());
            }
            if (back.status() != 200 || !back.uri().toString().startsWith(expected)) {
                String feedback = back.document()
                        .select("#input-error, .kc-feedback-text, [class*=alert], #kc-page-title")
                        .text();
                throw new IllegalStateException("Signing in as " + username + " ended at " + back.uri() + " (HTTP "
                        + back.status() + ", '" + back.title() + "': " + feedback + ")");
            }
            return web;
        } catch (IOException | Failure e) {
            throw new IllegalStateException("Signing in as " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A demo user (password {@link #DEMO_PASSWORD}) signed in and back on the account page. */
    public static WebSession signIn(String username) {
        return signIn(username, DEMO_PASSWORD, "/account/");
    }

    /** Every live cookie, the portal's and Keycloak's, e.g. to hand this session to a real browser. */
    public List<HttpCookie> cookies() {
        return cookies.getCookies();
    }

    /** The value of the portal's session cookie, or null before there is a session. */
    public String sessionId() {
        return cookies.get(URI.create(TestEnvironment.PORTAL)).stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** One GET, redirects not followed. */
    public Page get(URI uri) throws IOException, InterruptedException {
        return send(uri, request(uri).GET());
    }

    /** One form POST (urlencoded), redirects not followed. */
    public Page post(URI uri, String encodedForm) throws IOException, InterruptedException {
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
    public HttpResponse<String> postJson(URI uri, String json, String idempotencyKey)
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

    public Page post(Form form) throws IOException, InterruptedException {
        return post(form.action(), form.encoded());
    }

    /** A GET whose redirects are followed, as a browser does (a POST's redirect answered by a GET). */
    public Page browse(URI uri) throws IOException, InterruptedException, Failure {
        return follow(get(uri));
    }

    public Page follow(Page page) throws IOException, InterruptedException, Failure {
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
    public void remember(URI uri, List<String> setCookies) {
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
    public String cookieHeader(URI uri) {
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
