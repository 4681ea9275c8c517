package org.clientela.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientela.platform.Language;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;

/**
 * /news: published articles in the reader's language (the UI's, or {@code ?lang=} for links and
 * crawlers), optionally of one category and its subcategories, newest first, paged.
 */
@Named
@RequestScoped
public class NewsView {

    static final int PAGE_SIZE = 10;

    @Inject
    private NewsReader reader;

    @Inject
    private UiLanguage uiLanguage;

    private String lang;
    private String category;
    private int page = 1;

    private Language language;
    private NewsReader.Page articles;
    private NewsCategory chosenCategory;

    public void load() throws IOException {
        Optional<Language> asked = lang == null ? Optional.of(uiLanguage.getLanguage()) : Language.fromTag(lang);
        if (asked.isEmpty()) {
            Faces.responseSendError(404, "no news in " + lang);
            return;
        }
        language = asked.get();
        if (category != null) {
            chosenCategory = reader.category(category).orElse(null);
            if (chosenCategory == null) {
                Faces.responseSendError(404, "no category " + category);
                return;
            }
        }
        articles = reader.published(language, category, page, PAGE_SIZE);
    }

    /** Languages that do have news, offered when this one has none. */
    public Set<Language> getOtherLanguages() {
        Set<Language> languages = reader.languagesWithNews();
        languages.remove(language);
        return languages;
    }

    public List<NewsCategory> getCategories() {
        return reader.categories();
    }

    public String categoryName(NewsCategory category) {
        return category.path(language);
    }

    /** A link to this listing with other parameters. */
    public String link(String categorySlug, int pageNumber) {
        StringBuilder link = new StringBuilder("/news?lang=").append(language.tag());
        if (categorySlug != null) {
            link.append("&category=").append(categorySlug);
        }
        if (pageNumber > 1) {
            link.append("&page=").append(pageNumber);
        }
        return link.toString();
    }

    public String getFeedPath() {
        return "/news/feed/" + language.tag() + (category == null ? "" : "/" + category) + ".atom";
    }

    public NewsReader.Page getArticles() {
        return articles;
    }

    public Language getLanguage() {
        return language;
    }

    public NewsCategory getChosenCategory() {
        return chosenCategory;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
