package org.clientela.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Language;
import org.clientela.platform.UiLanguage;

/** /staff/news: every translation with filters, and how many articles each language lacks. */
@Named
@ViewScoped
public class NewsDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsDesk desk;

    @Inject
    private UiLanguage uiLanguage;

    @Inject
    private NewsRuns runs;

    private Language language;
    private TranslationStatus status;
    private Long categoryId;
    private String title;
    private boolean mine;

    private transient List<ArticleTranslation> translations;
    private transient Map<Language, Long> missing;
    private transient List<NewsCategory> categories;

    @Inject
    private CurrentUser currentUser;

    public void search() {
        translations = null;
    }

    public List<ArticleTranslation> getTranslations() {
        if (translations == null) {
            translations = desk.translations(
                    new NewsFilter(language, status, categoryId, mine ? currentUser.subject() : null, title));
        }
        return translations;
    }

    /** The newest sending runs, for the table with progress bars; read per request. */
    public List<NewsRuns.RunSummary> getRuns() {
        return runs.recentRuns(20);
    }

    /** Asked once per language while rendering: counted once per request. */
    public Map<Language, Long> getMissing() {
        if (missing == null) {
            missing = desk.missingTranslations();
        }
        return missing;
    }

    public List<NewsCategory> getCategories() {
        if (categories == null) {
            categories = desk.categories();
        }
        return categories;
    }

    public String categoryName(NewsCategory category) {
        return category.path(uiLanguage.getLanguage());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<TranslationStatus> getStatuses() {
        return List.of(TranslationStatus.values());
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public TranslationStatus getStatus() {
        return status;
    }

    public void setStatus(TranslationStatus status) {
        this.status = status;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
