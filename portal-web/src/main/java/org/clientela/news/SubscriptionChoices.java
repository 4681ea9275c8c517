package org.clientela.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.clientela.platform.Language;
import org.clientela.platform.UiLanguage;

/** What a subscription form offers: languages, active categories in the reader's words, frequencies. */
@Named
@RequestScoped
public class SubscriptionChoices {

    @Inject
    private NewsReader reader;

    @Inject
    private UiLanguage uiLanguage;

    private List<NewsCategory> categories;

    /** Sorted by their path, so subcategories follow their parent; read once per request. */
    public List<NewsCategory> getCategories() {
        if (categories == null) {
            categories = reader.categories().stream()
                    .sorted(Comparator.comparing(this::categoryName))
                    .toList();
        }
        return categories;
    }

    public String categoryName(NewsCategory category) {
        return category.path(uiLanguage.getLanguage());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }
}
