package org.clientela.store;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.Language;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/catalog (admins): products found by SKU or English name (GET {@code q}), active or not,
 * newest first; the categories, and a form that adds a category or changes one by its slug
 * ({@code ?edit=slug} fills it in), through the same all-or-nothing sync the ERP uses.
 */
@Named
@RequestScoped
public class StaffCatalogView {

    @Inject
    private CatalogSync sync;

    @Inject
    private UiLanguage uiLanguage;

    private String q;
    private String edit;

    private String slug;
    private String parent;
    private boolean active = true;
    private final Map<Language, String> names = new EnumMap<>(Language.class);

    private List<Product> products;
    private List<CategoryChoice> categories;

    /** On opening: the category named by {@code edit}, if any, fills the form. */
    public void load() {
        if (edit == null || edit.isBlank()) {
            return;
        }
        getCategories().stream()
                .filter(category -> category.slug().equals(edit))
                .findFirst()
                .ifPresentOrElse(
                        category -> {
                            slug = category.slug();
                            parent = category.parent();
                            active = category.active();
                            names.clear();
                            names.putAll(category.names());
                        },
                        () -> Messages.addGlobalError(Texts.get("staffCatalog.noSuchCategory", edit)));
    }

    public void saveCategory() throws IOException {
        Map<String, String> named = new LinkedHashMap<>();
        names.forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                named.put(language.tag(), name.strip());
            }
        });
        CategoryData data = new CategoryData(strip(slug), blankToNull(parent), active, named);
        SyncReport report;
        try {
            report = sync.upsertCategories(List.of(data));
        } catch (CatalogRefusal refusal) {
            report = refusal.getReport();
        }
        if (!report.applied()) {
            CatalogErrors.show(report, "category", CatalogErrors::ofCategory);
            return;
        }
        Messages.addFlashGlobalInfo(Texts.get("staffCatalog.categorySaved", data.slug()));
        Faces.redirect("/staff/catalog");
    }

    public List<Product> getProducts() {
        if (products == null) {
            products = sync.products(q, CatalogSync.MAX_LISTED);
        }
        return products;
    }

    public boolean isLimitReached() {
        return getProducts().size() >= CatalogSync.MAX_LISTED;
    }

    public List<CategoryChoice> getCategories() {
        if (categories == null) {
            categories = CategoryChoice.of(sync.categories(), uiLanguage.getLanguage());
        }
        return categories;
    }

    /** The product's name in the reader's language (else its first). */
    public String name(Product product) {
        return product.textIn(uiLanguage.getLanguage()).getName();
    }

    /** The path of the product's category in the reader's language. */
    public String categoryPath(Product product) {
        String categorySlug = product.getCategory().getSlug();
        return getCategories().stream()
                .filter(category -> category.slug().equals(categorySlug))
                .map(CategoryChoice::path)
                .findFirst()
                .orElse(categorySlug);
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getEdit() {
        return edit;
    }

    public void setEdit(String edit) {
        this.edit = edit;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Map<Language, String> getNames() {
        return names;
    }
}
