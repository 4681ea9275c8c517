package org.clientela.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A form post whose {@code jakarta.faces.ViewState} names no view this session holds (the session
 * expired, the server restarted, or the value was forged) is the visitor's mistake or an attack,
 * not the server's: it is answered with the "page expired" page and 400, and logged as one line,
 * instead of a 500 with a stack trace at ERROR. The page is rendered as a plain GET, since a
 * request still carrying the unknown view state would fail the same way. (Ajax posts are answered
 * by OmniFaces' exception handler, which {@code web.xml} tells not to log them.)
 */
@WebFilter(urlPatterns = "/*")
public class ExpiredViewFilter extends HttpFilter {

    static final String PAGE = "/error/expired.xhtml";
    private static final Logger LOG = Logger.getLogger(ExpiredViewFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!expired(e) || response.isCommitted()) {
                throw e;
            }
            LOG.info(() -> "A post to " + request.getRequestURI() + " named a view this session does not hold");
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(PAGE).forward(new PlainGet(request), response);
        }
    }

    private static boolean expired(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** The request as a GET without parameters, so that Faces renders the page afresh. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
