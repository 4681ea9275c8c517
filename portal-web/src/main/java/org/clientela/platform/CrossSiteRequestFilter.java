package org.clientela.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Refuses cross-site request forgery: a write (any method but GET, HEAD, OPTIONS and TRACE) that
 * rides on the session cookie is answered 403 when the browser says it comes from another site,
 * by its {@code Origin} or, where a browser sends none, its {@code Referer}. Browsers send one of
 * them with every form post and script request, and a page of another site cannot forge them.
 * A request with neither comes from no browser page (an API client, a test, a benchmark) and a
 * cookie gives such a caller nothing it could not use directly. A request with a bearer token is
 * not cookie-authenticated: a foreign page cannot set that header without the API's consent.
 *
 * <p>The portal's own origin is the one the request was addressed to (scheme, host and port as
 * the server sees them; behind a TLS-terminating proxy the listener must trust its forwarded
 * headers). {@code clientela.trusted-origins} (comma-separated) names further origins whose pages
 * may post here. Session cookies are also {@code SameSite=Lax} ({@code web.cli}), which stops
 * most such requests in the browser already; this check does not depend on it.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> trusted = Arrays.stream(
                    System.getProperty("clientela.trusted-origins", "").split(","))
            .map(String::strip)
            .filter(origin -> !origin.isEmpty())
            .map(origin -> origin.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || bearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String claimed = claimedOrigin(request);
        if (claimed != null && !claimed.equals(ownOrigin(request)) && !trusted.contains(claimed)) {
            LOG.info(() ->
                    "Refused a cross-site " + request.getMethod() + " " + request.getRequestURI() + " from " + claimed);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /**
     * The origin the browser names, lower-cased: {@code Origin}, else the origin of {@code Referer};
     * null when it names none. An opaque origin ({@code null}) or an unreadable referrer counts as
     * foreign.
     */
    static String claimedOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.strip().toLowerCase(Locale.ROOT);
        }
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "null";
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException unreadable) {
            return "null";
        }
    }

    static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** {@code scheme://host[:port]} as browsers write an origin: without the scheme's default port. */
    static String origin(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1
                || ("http".equals(lowerScheme) && port == 80)
                || ("https".equals(lowerScheme) && port == 443);
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return lowerScheme + "://" + hostPart.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
