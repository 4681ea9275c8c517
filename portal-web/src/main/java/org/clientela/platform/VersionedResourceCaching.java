package org.clientela.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Styles, scripts, fonts and images whose URL carries a version ({@code v=}, which every resource
 * URL of the portal has: PrimeFaces' version, or the build's for the portal's own) never change
 * under that URL, so browsers keep them for a year and do not ask again, not even to revalidate.
 * Faces sets its own shorter {@code Cache-Control} when it serves a resource, and this one takes
 * its place there, so an answer without it (not found, not modified) is not kept for a year.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class VersionedResourceCaching extends HttpFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String CACHE_CONTROL = "Cache-Control";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter("v") == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? IMMUTABLE : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.setHeader(name, IMMUTABLE);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
