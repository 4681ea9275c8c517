package org.clientela.store;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;

/**
 * /product/{sku}: one active product in the visitor's language, and what adding it to the cart
 * came to ({@link CartAddServlet} does the adding). An unknown SKU is a 404. The page keeps no
 * state (a stateless view), so a visitor who only looks starts no session.
 */
@Named
@RequestScoped
public class ProductView {

    @Inject
    private CatalogReader reader;

    @Inject
    private UiLanguage uiLanguage;

    private String sku;
    private CatalogReader.ProductPage product;
    private boolean missing;
    private CartNotice notice;
    private boolean noticeRead;

    @PostConstruct
    void init() {
        // the page's address names the SKU (StorePathServlet)
        sku = Faces.getRequestParameter("sku");
    }

    /** Before the page renders (preRenderView): an unknown or inactive SKU is a 404. */
    public void load() throws IOException {
        if (getProduct() == null) {
            Faces.responseSendError(404, "no product " + sku);
        }
    }

    /**
     * What the visitor's last "add to cart" for this product came to, shown once: it leaves the
     * session as the page reads it.
     */
    public CartNotice getNotice() {
        if (!noticeRead) {
            noticeRead = true;
            HttpSession session = Faces.getSession(false);
            if (session != null
                    && session.getAttribute(CartNotice.SESSION_ATTRIBUTE) instanceof CartNotice kept
                    && kept.sku().equals(sku)) {
                session.removeAttribute(CartNotice.SESSION_ATTRIBUTE);
                notice = kept;
            }
        }
        return notice;
    }

    /** The product, read once per request: on a postback too, as the page keeps no state. */
    public CatalogReader.ProductPage getProduct() {
        if (product == null && sku != null && !missing) {
            product = reader.productPage(sku, uiLanguage.getLanguage()).orElse(null);
            missing = product == null;
        }
        return product;
    }

    public String getSku() {
        return sku;
    }
}
