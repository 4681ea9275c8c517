package org.clientela.platform;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every page has one address, the one without ".xhtml" (OmniFaces serves {@code /staff/orders}
 * from {@code staff/orders.xhtml}). A request for the file name is sent to that address, where
 * web.xml's constraint for the page applies: so web.xml names each page once, and no page can be
 * reached past its constraint by its file name. Only the browser's own requests are turned away;
 * the portal's forwards to a view (the catalog's and the news' paths) and Faces' resources keep
 * their addresses.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class ExtensionlessPages extends HttpFilter {

    private static final String EXTENSION = ".xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.endsWith(EXTENSION) || path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            // "/" reaches the home page as its welcome file: the address has no extension
            chain.doFilter(request, response);
            return;
        }
        String page = path.substring(0, path.length() - EXTENSION.length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || !LocalPath.orHome(page).equals(page)) {
            // a form posts to the extensionless address; "//host" would leave the site
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + page + (query == null ? "" : "?" + query));
    }
}
