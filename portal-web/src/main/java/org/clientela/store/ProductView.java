package org.clientela.store;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /product/{sku}: one active product in the visitor's language, and adding it to the cart. An
 * unknown SKU is a 404. View-scoped so that the add form finds its product again on postback.
 */
@Named
@ViewScoped
public class ProductView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows of the product, kept with the view. */
    public record Shown(
            String sku,
            String name,
            String description,
            BigDecimal grossPrice,
            String currency,
            int stock,
            String brand,
            String colour,
            String imageUrl,
            String categorySlug,
            String categoryName)
            implements Serializable {

        public boolean inStock() {
            return stock > 0;
        }
    }

    @Inject
    private CatalogReader reader;

    @Inject
    private CartPricing pricing;

    @Inject
    private Cart cart;

    @Inject
    private UiLanguage uiLanguage;

    private String sku;
    private Shown product;
    private Integer quantity = 1;

    public void load() throws IOException {
        Product found = sku == null ? null : reader.product(sku).orElse(null);
        if (found == null) {
            Faces.responseSendError(404, "no product " + sku);
            return;
        }
        ProductText text = found.textIn(uiLanguage.getLanguage());
        product = new Shown(
                found.getSku(),
                text.getName(),
                text.getDescription(),
                found.grossPrice(),
                found.getCurrency(),
                found.getStock(),
                found.getBrand(),
                found.getColour(),
                found.getImageUrl(),
                found.getCategory().getSlug(),
                found.getCategory().nameIn(uiLanguage.getLanguage()));
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

    public Shown getProduct() {
        return product;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
