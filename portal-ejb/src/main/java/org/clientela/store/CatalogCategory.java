package org.clientela.store;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.clientela.platform.Language;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A catalog category, e.g. Computers › Laptops: a slug for URLs and a name per language. */
// every product page shows its category's name: kept in the second-level cache (a few rows that
// rarely change; standalone-ha.xml makes it an invalidation cache, so other nodes drop a changed one)
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "catalog_category")
@EntityListeners(CatalogChanges.class) // cached public pages show it
public class CatalogCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_category_seq")
    @SequenceGenerator(name = "catalog_category_seq", sequenceName = "catalog_category_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CatalogCategory parent;

    @Column(name = "slug", nullable = false, unique = true, length = 80, updatable = false)
    private String slug;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "catalog_category_name", joinColumns = @JoinColumn(name = "category_id"))
    @MapKeyColumn(name = "language", length = 2)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "name", nullable = false, length = 120)
    private Map<Language, String> names = new EnumMap<>(Language.class);

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CatalogCategory() {}

    CatalogCategory(String slug) {
        this.slug = slug;
    }

    /**
     * Sets what the ERP or an admin says of the category; tells whether anything changed. A
     * category never becomes its own ancestor.
     */
    boolean describe(CatalogCategory newParent, boolean newActive, Map<Language, String> newNames) {
        if (newNames.isEmpty()) {
            throw new IllegalArgumentException("a category needs a name in at least one language");
        }
        for (CatalogCategory up = newParent; up != null; up = up.parent) {
            if (up == this) {
                throw new IllegalArgumentException("a category cannot be its own ancestor");
            }
        }
        boolean changed = parent != newParent || active != newActive || !names.equals(newNames);
        if (changed) {
            this.parent = newParent;
            this.active = newActive;
            this.names.clear();
            this.names.putAll(newNames);
        }
        return changed;
    }

    public Long getId() {
        return id;
    }

    public CatalogCategory getParent() {
        return parent;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isActive() {
        return active;
    }

    public Map<Language, String> getNames() {
        return Collections.unmodifiableMap(names);
    }

    /** The name in this language, or in the first language it has one in. */
    public String nameIn(Language language) {
        String name = names.get(language);
        return name != null ? name : names.values().stream().findFirst().orElse(slug);
    }
}
