package org.clientela.news;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.clientela.platform.Language;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /staff/news-categories: the category tree, new categories, deactivating and deleting. */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsDesk desk;

    @Inject
    private UiLanguage uiLanguage;

    private CategoryForm form = new CategoryForm();

    private transient List<NewsCategory> categories;

    public void create() throws IOException {
        if (!form.isNamed()) {
            // a rule on the whole form, which Faces does not check field by field
            refuse("news.categoryNameRequired");
            return;
        }
        try {
            desk.createCategory(form);
            done("news.categoryCreated");
        } catch (NewsException e) {
            refuse("news.reason." + e.getReason());
        }
    }

    public void activate(long categoryId, boolean active) throws IOException {
        desk.setCategoryActive(categoryId, active);
        done(active ? "news.categoryActivated" : "news.categoryDeactivated");
    }

    public void delete(long categoryId) throws IOException {
        try {
            desk.deleteCategory(categoryId);
            done("news.categoryDeleted");
        } catch (NewsException e) {
            refuse("news.reason." + e.getReason());
        }
    }

    private void done(String key) throws IOException {
        Messages.addFlashGlobalInfo(Texts.get(key));
        Faces.redirect("/staff/news-categories");
    }

    private void refuse(String key) {
        Messages.addGlobalError(Texts.get(key));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Sorted by their path in the reader's language, so children follow their parent. */
    public List<NewsCategory> getCategories() {
        if (categories == null) {
            categories = desk.categories().stream()
                    .sorted(Comparator.comparing(this::path))
                    .toList();
        }
        return categories;
    }

    public String path(NewsCategory category) {
        return category.path(uiLanguage.getLanguage());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public CategoryForm getForm() {
        return form;
    }
}
