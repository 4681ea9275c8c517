package org.clientela.store;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The shareable store addresses: {@code /catalog}, {@code /catalog/{category}} and {@code
 * /product/{sku}}. Anything else below them is a 404.
 */
@WebServlet({"/catalog/*", "/product/*"})
public class StorePathServlet extends HttpServlet {

    private static final Pattern CATEGORY = Pattern.compile("/[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SKU = Pattern.compile("/[A-Z0-9][A-Z0-9._-]{1,39}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getPathInfo();
        boolean catalog = "/catalog".equals(request.getServletPath());
        if (catalog && (path == null || "/".equals(path))) {
            request.getRequestDispatcher("/catalog.xhtml").forward(request, response);
        } else if (catalog && CATEGORY.matcher(path).matches()) {
            request.getRequestDispatcher("/catalog.xhtml?category=" + path.substring(1))
                    .forward(request, response);
        } else if (!catalog && path != null && SKU.matcher(path).matches()) {
            request.getRequestDispatcher("/product.xhtml?sku=" + path.substring(1))
                    .forward(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
