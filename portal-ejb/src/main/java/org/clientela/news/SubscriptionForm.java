package org.clientela.news;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.Language;

/** Languages, categories and frequency, as a subscriber chooses them. */
public class SubscriptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<Language, Boolean> languages = new EnumMap<>(Language.class);

    private Set<Long> categoryIds = new LinkedHashSet<>();

    @NotNull(message = "{clientela.news.frequency.required}")
    private Frequency frequency = Frequency.WEEKLY;

    public SubscriptionForm() {
        for (Language language : Language.values()) {
            languages.put(language, false);
        }
    }

    public static SubscriptionForm of(NewsSubscription subscription) {
        SubscriptionForm form = new SubscriptionForm();
        subscription.getLanguages().forEach(language -> form.languages.put(language, true));
        subscription.getCategories().forEach(category -> form.categoryIds.add(category.getId()));
        form.frequency = subscription.getFrequency();
        return form;
    }

    @AssertTrue(message = "{clientela.news.language.required}")
    public boolean isSomeLanguage() {
        return languages.containsValue(Boolean.TRUE);
    }

    @AssertTrue(message = "{clientela.news.category.required}")
    public boolean isSomeCategory() {
        return !categoryIds.isEmpty();
    }

    public Set<Language> chosenLanguages() {
        Set<Language> chosen = EnumSet.noneOf(Language.class);
        languages.forEach((language, on) -> {
            if (Boolean.TRUE.equals(on)) {
                chosen.add(language);
            }
        });
        return chosen;
    }

    public SubscriptionForm in(Language... chosen) {
        for (Language language : chosen) {
            languages.put(language, true);
        }
        return this;
    }

    public SubscriptionForm about(Long... ids) {
        categoryIds.addAll(Set.of(ids));
        return this;
    }

    public SubscriptionForm every(Frequency frequency) {
        this.frequency = frequency;
        return this;
    }

    public Map<Language, Boolean> getLanguages() {
        return languages;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(Set<Long> categoryIds) {
        this.categoryIds = categoryIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(categoryIds);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }
}
