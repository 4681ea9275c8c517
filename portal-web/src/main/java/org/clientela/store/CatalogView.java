package org.clientela.store;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;

/** /catalog and /catalog/{category}: active products, newest first, a page at a time. */
@Named
@RequestScoped
public class CatalogView {

    static final int PAGE_SIZE = 24;

    @Inject
    private CatalogReader reader;

    @Inject
    private UiLanguage uiLanguage;

    private String category;
    private int page = 1;
    private CatalogReader.Page products;
    private List<CatalogReader.CategoryLink> categories;
    private String categoryName;

    public void load() throws IOException {
        var listing = reader.listing(uiLanguage.getLanguage(), category, Math.max(1, page) - 1, PAGE_SIZE);
        if (listing.isEmpty()) {
            Faces.responseSendError(404, "no catalog category " + category);
            return;
        }
        categoryName = listing.get().categoryName();
        products = listing.get().page();
        categories = listing.get().categories();
    }

    /** The shareable address of a category's page ({@code null}: the whole catalog). */
    public String link(String slug, int pageNumber) {
        return (slug == null ? "/catalog" : "/catalog/" + slug) + (pageNumber > 1 ? "?page=" + pageNumber : "");
    }

    public CatalogReader.Page getProducts() {
        return products;
    }

    public List<CatalogReader.CategoryLink> getCategories() {
        return categories;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null || category.isBlank() ? null : category;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
