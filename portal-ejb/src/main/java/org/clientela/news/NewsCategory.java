package org.clientela.news;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.clientela.platform.Language;

/**
 * A news category, e.g. Products › Laptops: a slug for URLs and a name per language. A category
 * never becomes its own ancestor.
 */
@Entity
@Table(name = "news_category")
public class NewsCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_category_seq")
    @SequenceGenerator(name = "news_category_seq", sequenceName = "news_category_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private NewsCategory parent;

    @Column(name = "slug", nullable = false, unique = true, length = 80)
    private String slug;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_category_name", joinColumns = @JoinColumn(name = "category_id"))
    @MapKeyColumn(name = "language", length = 2)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "name", nullable = false, length = 120)
    private Map<Language, String> names = new EnumMap<>(Language.class);

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NewsCategory() {}

    NewsCategory(String slug, NewsCategory parent, Map<Language, String> names) {
        this.slug = Objects.requireNonNull(slug, "slug");
        moveUnder(parent);
        rename(names);
    }

    void rename(Map<Language, String> names) {
        this.names.clear();
        names.forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                this.names.put(language, name.trim());
            }
        });
        if (this.names.isEmpty()) {
            throw new IllegalArgumentException("a category needs a name in at least one language");
        }
    }

    void moveUnder(NewsCategory newParent) {
        for (NewsCategory up = newParent; up != null; up = up.parent) {
            if (up == this || (id != null && id.equals(up.id))) {
                throw new IllegalArgumentException("category " + slug + " cannot be inside itself");
            }
        }
        this.parent = newParent;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /**
     * The name in the language, or in English, or in any language it has, or the slug: a category
     * written straight into the database may have no name, and a page listing it must not fail.
     */
    public String name(Language language) {
        String name = names.get(language);
        if (name == null) {
            name = names.getOrDefault(
                    Language.EN, names.values().stream().findFirst().orElse(slug));
        }
        return name;
    }

    /** "Products › Laptops" in the language. */
    public String path(Language language) {
        return parent == null ? name(language) : parent.path(language) + " › " + name(language);
    }

    public Long getId() {
        return id;
    }

    public NewsCategory getParent() {
        return parent;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isActive() {
        return active;
    }

    public Map<Language, String> getNames() {
        return Map.copyOf(names);
    }
}
