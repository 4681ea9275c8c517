package org.clientela.store;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clientela.platform.UiLanguage;

/**
 * {@code POST /cart/add} (sku, quantity): the product page's form. It puts the quantity into the
 * cart within the stock, keeps what came of it for the page ({@link CartNotice}) and redirects
 * back to the product (303), so a reload does not add again. A plain form rather than a Faces
 * one: the product page then holds no input component, whose converter, validator and Ajax
 * behaviour Faces would look up and build on every view of the page.
 */
@WebServlet("/cart/add")
public class CartAddServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogReader reader;

    @Inject
    private CartPricing pricing;

    @Inject
    private Cart cart;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sku = request.getParameter("sku");
        CatalogReader.ProductPage product = sku == null
                ? null
                : reader.productPage(sku, UiLanguage.of(request)).orElse(null);
        if (product == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getSession().setAttribute(CartNotice.SESSION_ATTRIBUTE, add(product, request.getParameter("quantity")));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/product/" + product.sku());
    }

    private CartNotice add(CatalogReader.ProductPage product, String quantityText) {
        int quantity;
        try {
            quantity = Integer.parseInt(quantityText == null ? "" : quantityText.strip());
        } catch (NumberFormatException e) {
            return CartNotice.notANumber(product.sku());
        }
        int inCart = cart.quantityOf(product.sku());
        CartPricing.Refusal refusal = quantity < 1 || quantity > CartPricing.MAX_QUANTITY // no overflow below
                ? CartPricing.Refusal.QUANTITY_OUT_OF_RANGE
                : pricing.check(product.sku(), quantity + inCart);
        if (refusal != null) {
            return CartNotice.refused(product.sku(), refusal, product.stock(), inCart); // the stock just read
        }
        cart.add(product.sku(), quantity);
        return CartNotice.added(product.sku(), quantity, product.name());
    }
}
