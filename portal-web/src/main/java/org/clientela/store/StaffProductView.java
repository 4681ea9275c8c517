package org.clientela.store;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.platform.Language;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/product?sku= (admins): one product's form, or a new product's without {@code sku}. Saving
 * states the whole product through the ERP's all-or-nothing sync; a refused item shows each error
 * next to its field in the admin's language, and the form keeps what was typed. The view state
 * holds the form's values only, never an entity.
 */
@Named
@ViewScoped
public class StaffProductView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogSync sync;

    @Inject
    private UiLanguage uiLanguage;

    /** The product being edited (from the address); none for a new one. */
    private String sku;

    private boolean existing;
    private String newSku;
    private String category;
    private BigDecimal netPrice;
    private BigDecimal vatRate = new BigDecimal("20");
    private Integer stock = 0;
    private boolean active = true;
    private String brand;
    private String colour;
    private String imageUrl;
    private final EnumMap<Language, String> names = new EnumMap<>(Language.class);
    private final EnumMap<Language, String> descriptions = new EnumMap<>(Language.class);

    private transient List<CategoryChoice> categories;

    /** On opening: fills the form from the product, or answers 404 when there is no such SKU. */
    public void load() throws IOException {
        if (sku == null || sku.isBlank()) {
            sku = null;
            return;
        }
        Optional<Product> found = sync.product(sku);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "no product " + sku);
            return;
        }
        Product product = found.get();
        existing = true;
        category = product.getCategory().getSlug();
        netPrice = product.getNetPrice();
        vatRate = product.getVatRate();
        stock = product.getStock();
        active = product.isActive();
        brand = product.getBrand();
        colour = product.getColour();
        imageUrl = product.getImageUrl();
        product.getTexts().forEach((language, text) -> {
            names.put(language, text.getName());
            descriptions.put(language, text.getDescription());
        });
    }

    public void save() throws IOException {
        String key = existing ? sku : StaffCatalogView.strip(newSku);
        if (!existing && key != null && sync.product(key).isPresent()) {
            // a new product's form does not overwrite another one by a mistyped SKU
            Messages.addError("product:sku", Texts.get("staffCatalog.error.skuTaken"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        SyncReport report;
        try {
            report = sync.upsert(List.of(data(key)));
        } catch (CatalogRefusal refusal) {
            report = refusal.getReport();
        }
        if (!report.applied()) {
            CatalogErrors.show(report, "product", CatalogErrors::ofProduct);
            return;
        }
        Messages.addFlashGlobalInfo(Texts.get("staffCatalog.saved"));
        Faces.redirect("/staff/product?sku=%s", key);
    }

    /** The form as the sync takes it: a language without a name is left out. */
    ProductData data(String key) {
        Map<String, ProductData.Text> texts = new LinkedHashMap<>();
        names.forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                texts.put(
                        language.tag(),
                        new ProductData.Text(name.strip(), StaffCatalogView.blankToNull(descriptions.get(language))));
            }
        });
        return new ProductData(
                key,
                StaffCatalogView.blankToNull(category),
                netPrice,
                vatRate,
                stock,
                active,
                StaffCatalogView.blankToNull(brand),
                StaffCatalogView.blankToNull(colour),
                StaffCatalogView.blankToNull(imageUrl),
                texts);
    }

    /** Categories to choose from, with their paths in the reader's language; read again on each request. */
    public List<CategoryChoice> getCategories() {
        if (categories == null) {
            categories = CategoryChoice.of(sync.categories(), uiLanguage.getLanguage());
        }
        return categories;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getNewSku() {
        return newSku;
    }

    public void setNewSku(String newSku) {
        this.newSku = newSku;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public BigDecimal getNetPrice() {
        return netPrice;
    }

    public void setNetPrice(BigDecimal netPrice) {
        this.netPrice = netPrice;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public void setVatRate(BigDecimal vatRate) {
        this.vatRate = vatRate;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public Map<Language, String> getNames() {
        return names;
    }

    public Map<Language, String> getDescriptions() {
        return descriptions;
    }
}
