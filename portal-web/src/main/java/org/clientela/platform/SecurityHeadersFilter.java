package org.clientela.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-side defences every answer of the portal carries: a Content-Security-Policy (no
 * inline script without the page's nonce, no framing by other sites), no MIME sniffing, referrers
 * cut to the origin when they leave the site, and HSTS when the request came over HTTPS.
 *
 * <p>Faces pages get the policy with a fresh nonce from PrimeFaces, which <em>adds</em> its header;
 * two policies would both apply, and this one has no nonce, so the response is wrapped to let a
 * later policy replace the default one. Declared in {@code web.xml}, where {@code
 * primefaces.CSP_POLICY} holds the policy for both.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS_VALUE);
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response with one Content-Security-Policy at most: the last one set or added. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
