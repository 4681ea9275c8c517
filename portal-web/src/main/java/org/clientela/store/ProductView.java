package org.clientela.store;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;

/** /product/{sku}: one active product in the visitor's language; an unknown SKU is a 404. */
@Named
@RequestScoped
public class ProductView {

    @Inject
    private CatalogReader reader;

    @Inject
    private UiLanguage uiLanguage;

    private String sku;
    private Product product;
    private ProductText text;

    public void load() throws IOException {
        product = sku == null ? null : reader.product(sku).orElse(null);
        if (product == null) {
            Faces.responseSendError(404, "no product " + sku);
            return;
        }
        text = product.textIn(uiLanguage.getLanguage());
    }

    public Product getProduct() {
        return product;
    }

    public ProductText getText() {
        return text;
    }

    public String getCategoryName() {
        return product.getCategory().nameIn(uiLanguage.getLanguage());
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }
}
