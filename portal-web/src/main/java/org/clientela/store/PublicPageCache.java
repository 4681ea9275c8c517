package org.clientela.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.clientela.platform.UiLanguage;

/**
 * Keeps the rendered catalog and product pages that visitors without a session see, per address
 * and language, and answers the next such visitor from memory instead of Faces and the search
 * index. A page is kept under the versions of what it shows ({@link CatalogChanges}): a product
 * page under its product's and the categories', so that an order makes old only the pages of
 * what it took; a catalog page under the listing's, which orders move only when a product runs
 * out or comes back, and not within a second of a change (the search index's refresh). Pages also
 * expire after {@code clientela.store.page-cache-seconds} (60; 0 turns the cache off), which bounds
 * how long another node's change goes unseen in a cluster; the whole cache holds at most
 * {@code clientela.store.page-cache-mb} (64) of pages. Signed-in customers, visitors with a cart
 * (a session) or any cookie but the language's are always served a freshly rendered page. The
 * answer says {@code X-Clientela-Cache: hit} or {@code miss}, for benchmarks and operators.
 */
// "/catalog/*" takes "/catalog" as well: naming both ran the filter twice for a search (a page
// not kept was captured, gzipped and stored twice)
@WebFilter(urlPatterns = {"/catalog/*", "/product/*"})
public class PublicPageCache extends HttpFilter {

    static final String HEADER = "X-Clientela-Cache";
    private static final String PRODUCT_PAGES = "/product/";
    private static final int LARGEST_PAGE = 512 * 1024;
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final int seconds = Integer.getInteger("clientela.store.page-cache-seconds", 60);
    private final Cache<String, CapturedPage> pages = Caffeine.newBuilder()
            .maximumWeight(Long.getLong("clientela.store.page-cache-mb", 64) * 1024 * 1024)
            .weigher((String key, CapturedPage page) -> key.length() * 2 + page.gzipped().length + 256)
            .expireAfterWrite(Duration.ofSeconds(Math.max(1, seconds)))
            .build();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (seconds <= 0 || !cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String uri = request.getRequestURI();
        // a product page reads the database only; a catalog page reads the search index
        String sku = uri.startsWith(PRODUCT_PAGES) ? uri.substring(PRODUCT_PAGES.length()) : null;
        String version = version(sku);
        boolean settled = sku != null || CatalogChanges.settled(SETTLE);
        String key = version + " " + UiLanguage.of(request).tag() + " " + uri
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        CapturedPage kept = pages.getIfPresent(key);
        if (kept != null) {
            response.setHeader(HEADER, "hit");
            kept.writeTo(response, acceptsGzip(request));
            return;
        }
        CapturingResponse capture = new CapturingResponse(response);
        response.setHeader(HEADER, "miss");
        chain.doFilter(request, capture);
        if (capture.passedThrough()) {
            return; // an error page or a redirect went out as it was
        }
        byte[] body = capture.body();
        boolean keep = capture.getStatus() == HttpServletResponse.SC_OK
                && !capture.setCookie()
                && !capture.asksNotToBeKept()
                && request.getSession(false) == null
                && body.length <= LARGEST_PAGE
                && settled // the search index had taken in the last change
                && version.equals(version(sku)); // and nothing changed while the page was rendered
        if (keep) {
            // pages under older versions are never asked for again: they leave by expiry or weight
            pages.put(key, capture.page(gzip(body)));
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String version(String sku) {
        return sku == null
                ? "L" + CatalogChanges.version()
                : "P" + CatalogChanges.structureVersion() + "." + CatalogChanges.productVersion(sku);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.contains("gzip");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(body);
        }
        return zipped.toByteArray();
    }

    /** A visitor's plain GET: no sign-in, no session, no cookie but the language's. */
    private static boolean cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getUserPrincipal() != null
                || request.getRequestedSessionId() != null
                || request.getSession(false) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!UiLanguage.COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What the page said: its type, language, headers and bytes, kept gzipped (a page takes far
     * less memory so, and most browsers take it as it is).
     */
    record CapturedPage(
            String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] gzipped, int length) {

        void writeTo(HttpServletResponse response, boolean gzip) throws IOException {
            for (Map.Entry<String, String> header : headers) {
                response.addHeader(header.getKey(), header.getValue());
            }
            if (contentType != null) {
                response.setContentType(contentType);
            }
            if (locale != null) {
                response.setLocale(locale);
            }
            response.addHeader("Vary", "Accept-Encoding");
            if (gzip) {
                response.setHeader("Content-Encoding", "gzip");
                response.setContentLength(gzipped.length);
                response.getOutputStream().write(gzipped);
            } else {
                response.setContentLength(length);
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 8192)) {
                    in.transferTo(response.getOutputStream());
                }
            }
        }
    }
}
