package org.clientela.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Turns a service's refusal ({@link AccessDeniedException}, or the container's {@link
 * EJBAccessException} for a caller without the role a service declares), however deep Faces or EL
 * wrapped it, into the 403 page, instead of a 500: the services decide, the web answers accordingly.
 */
@WebFilter(urlPatterns = "/*")
public class AccessDeniedFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!deniedAccess(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean deniedAccess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
