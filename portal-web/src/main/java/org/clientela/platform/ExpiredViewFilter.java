package org.clientela.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form post whose {@code jakarta.faces.ViewState} names no view this session holds (the session
 * expired, the server restarted, or the value was forged) is the visitor's mistake or an attack,
 * not the server's: it is answered 400 with the "page expired" page ({@code /error/400.xhtml} reads
 * {@link #EXPIRED}) and logged as one line, instead of a 500 with a stack trace at ERROR. (Ajax
 * posts are answered by OmniFaces' exception handler, which {@code web.xml} tells not to log them.)
 * A post without the page's Content-Security-Policy nonce, which PrimeFaces refuses, was not made by
 * the page's own scripts: it is answered 400 too.
 */
@WebFilter(urlPatterns = "/*")
public class ExpiredViewFilter extends HttpFilter {

    /** The request attribute that tells the 400 page that the view had expired. */
    public static final String EXPIRED = "clientela.viewExpired";

    private static final Logger LOG = Logger.getLogger(ExpiredViewFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            boolean expired = causedBy(e, ViewExpiredException.class);
            if (!(expired || causedBy(e, CspException.class)) || response.isCommitted()) {
                throw e;
            }
            if (expired) {
                LOG.info(() -> "A post to " + request.getRequestURI() + " named a view this session does not hold");
                request.setAttribute(EXPIRED, Boolean.TRUE);
            } else {
                LOG.info(() -> "A post to " + request.getRequestURI() + " came without the page's nonce");
            }
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
