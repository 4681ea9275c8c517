package org.clientela.store;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /product/{sku}: one active product in the visitor's language, and adding it to the cart. An
 * unknown SKU is a 404. The page keeps no state (a stateless view): the add form sends its SKU
 * back, so a visitor who only looks starts no session.
 */
@Named
@RequestScoped
public class ProductView {

    @Inject
    private CatalogReader reader;

    @Inject
    private CartPricing pricing;

    @Inject
    private Cart cart;

    @Inject
    private UiLanguage uiLanguage;

    private String sku;
    private CatalogReader.ProductPage product;
    private boolean missing;
    private Integer quantity = 1;

    @PostConstruct
    void init() {
        // the page's address names the SKU; the add form posts it back in a hidden field
        sku = Faces.getRequestParameter("sku");
    }

    /** Before the page renders (preRenderView): an unknown or inactive SKU is a 404. */
    public void load() throws IOException {
        if (getProduct() == null) {
            Faces.responseSendError(404, "no product " + sku);
        }
    }

    /** Puts the chosen quantity into the cart, with what it already holds within the stock. */
    public void addToCart() {
        int wanted = (quantity == null ? 0 : quantity) + cart.quantityOf(product.sku());
        CartPricing.Refusal refusal = quantity == null || quantity < 1
                ? CartPricing.Refusal.QUANTITY_OUT_OF_RANGE
                : pricing.check(product.sku(), wanted);
        if (refusal == null) {
            cart.add(product.sku(), quantity);
            Messages.addGlobalInfo(Texts.get("cart.added", quantity, product.name()));
        } else {
            Messages.addGlobalError(
                    CartView.explain(refusal, pricing.stockOf(product.sku()), cart.quantityOf(product.sku())));
        }
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

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
