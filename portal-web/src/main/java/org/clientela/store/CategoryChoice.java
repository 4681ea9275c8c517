package org.clientela.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.Language;

/**
 * A catalog category as the back office shows it, read while its entity was at hand: the slug,
 * the parent's slug, whether it is active, its names, and its path in the reader's language
 * (e.g. "Computers › Laptops"), so the list sorts children under their parent.
 */
public record CategoryChoice(String slug, String parent, boolean active, Map<Language, String> names, String path)
        implements Serializable {

    /** The categories with their paths in this language, sorted by path. */
    public static List<CategoryChoice> of(List<CatalogCategory> categories, Language language) {
        Map<String, CatalogCategory> bySlug = new HashMap<>();
        categories.forEach(category -> bySlug.put(category.getSlug(), category));
        List<CategoryChoice> choices = new ArrayList<>();
        for (CatalogCategory category : categories) {
            CatalogCategory parent = category.getParent();
            String parentSlug = parent == null ? null : parent.getSlug();
            choices.add(new CategoryChoice(
                    category.getSlug(),
                    parentSlug,
                    category.isActive(),
                    Map.copyOf(category.getNames()),
                    pathOf(category.getSlug(), bySlug, language)));
        }
        choices.sort(Comparator.comparing(CategoryChoice::path, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CategoryChoice::slug));
        return choices;
    }

    /** The names from the top down to this category, walking parents by slug (a cycle stops the walk). */
    private static String pathOf(String slug, Map<String, CatalogCategory> bySlug, Language language) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CatalogCategory up = bySlug.get(slug); up != null && seen.add(up.getSlug()); ) {
            names.add(up.nameIn(language));
            up = up.getParent() == null ? null : bySlug.get(up.getParent().getSlug());
        }
        Collections.reverse(names);
        return String.join(" › ", names);
    }

    public String name(Language language) {
        String name = names.get(language);
        return name != null ? name : names.values().stream().findFirst().orElse(slug);
    }
}
