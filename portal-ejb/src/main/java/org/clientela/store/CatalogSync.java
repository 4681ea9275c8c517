package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clientela.platform.Language;
import org.clientela.platform.Roles;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * The ERP's side of the catalog: products and stock upserted by SKU, up to {@value #MAX_ITEMS} in
 * one call, all or nothing. Every item is checked before anything is written, so a refused call
 * reports each item's errors and changes nothing; the same call twice gives the same catalog.
 */
@Stateless
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
public class CatalogSync {

    public static final int MAX_ITEMS = 1000;

    /** The most products the back office's list shows at once. */
    public static final int MAX_LISTED = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private Event<CatalogImported> imported;

    public SyncReport upsert(List<ProductData> items) {
        List<SyncReport.ItemError> errors = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            errors.add(new SyncReport.ItemError(-1, null, "items", "The call holds no product."));
            return SyncReport.refused(errors);
        }
        if (items.size() > MAX_ITEMS) {
            errors.add(new SyncReport.ItemError(
                    -1,
                    null,
                    "items",
                    "At most " + MAX_ITEMS + " products per call; this one holds " + items.size() + "."));
            return SyncReport.refused(errors);
        }
        Map<String, CatalogCategory> categories = categories(items);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ProductData item = items.get(i);
            if (item == null) {
                errors.add(new SyncReport.ItemError(i, null, "item", "An item is empty."));
                continue;
            }
            commonChecks(i, item.sku(), item, "texts", item.texts(), errors);
            if (item.sku() != null && !seen.add(item.sku())) {
                errors.add(new SyncReport.ItemError(i, item.sku(), "sku", "The same SKU is twice in this call."));
            }
            if (item.category() != null && !item.category().isBlank() && !categories.containsKey(item.category())) {
                errors.add(new SyncReport.ItemError(i, item.sku(), "category", "No catalog category has this slug."));
            }
        }
        if (!errors.isEmpty()) {
            return SyncReport.refused(errors);
        }
        Map<String, Product> existing = em.createQuery("select p from Product p where p.sku in :skus", Product.class)
                .setParameter("skus", seen)
                .getResultStream()
                .collect(Collectors.toMap(Product::getSku, Function.identity()));
        Instant now = Instant.now();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ProductData item : items) {
            Product product = existing.get(item.sku());
            boolean isNew = product == null;
            if (isNew) {
                product = new Product(item.sku(), now);
            }
            boolean changed = product.describe(item, texts(item), categories.get(item.category()), now);
            if (isNew) {
                em.persist(product);
                created++;
            } else if (changed) {
                product.reindexIfListingMoved(em); // a new stock alone does not reindex by itself
                updated++;
            } else {
                unchanged++;
            }
        }
        if (created + updated >= CatalogIndexCompaction.IMPORT_SIZE) {
            imported.fire(new CatalogImported(created + updated)); // the back office's saves are no import
        }
        return new SyncReport(created, updated, unchanged, List.of());
    }

    /**
     * Categories by slug, all or nothing like products. A parent is named by its slug and must
     * exist already or come earlier in the same call.
     */
    public SyncReport upsertCategories(List<CategoryData> items) {
        List<SyncReport.ItemError> errors = new ArrayList<>();
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            errors.add(new SyncReport.ItemError(-1, null, "items", "A call holds 1 to " + MAX_ITEMS + " categories."));
            return SyncReport.refused(errors);
        }
        Map<String, CatalogCategory> known = em.createQuery("select c from CatalogCategory c", CatalogCategory.class)
                .getResultStream()
                .collect(Collectors.toMap(CatalogCategory::getSlug, Function.identity()));
        Set<String> stated = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            CategoryData item = items.get(i);
            if (item == null) {
                errors.add(new SyncReport.ItemError(i, null, "item", "An item is empty."));
                continue;
            }
            commonChecks(i, item.slug(), item, "names", item.names(), errors);
            if (item.parent() != null && !known.containsKey(item.parent()) && !stated.contains(item.parent())) {
                errors.add(new SyncReport.ItemError(
                        i, item.slug(), "parent", "No category has this slug (a parent comes before its children)."));
            }
            if (item.slug() != null && !stated.add(item.slug())) {
                errors.add(new SyncReport.ItemError(i, item.slug(), "slug", "The same slug is twice in this call."));
            }
        }
        if (!errors.isEmpty()) {
            return SyncReport.refused(errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<Long> moved = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            CategoryData item = items.get(i);
            CatalogCategory category = known.get(item.slug());
            boolean isNew = category == null;
            if (isNew) {
                category = new CatalogCategory(item.slug());
            }
            Long oldParent = idOf(category.getParent());
            Map<Language, String> names = new EnumMap<>(Language.class);
            item.names().forEach((tag, name) -> names.put(Language.fromTag(tag).orElseThrow(), name.strip()));
            boolean changed;
            try {
                changed = category.describe(
                        item.parent() == null ? null : known.get(item.parent()), item.isActive(), names);
            } catch (IllegalArgumentException cycle) {
                // found only now that the parents are known: refuse the whole call as promised
                throw new CatalogRefusal(new SyncReport.ItemError(i, item.slug(), "parent", cycle.getMessage()));
            }
            if (isNew) {
                em.persist(category);
                known.put(item.slug(), category);
                created++;
            } else if (changed) {
                updated++;
                if (!Objects.equals(oldParent, idOf(category.getParent()))) {
                    moved.add(category.getId());
                }
            } else {
                unchanged++;
            }
        }
        reindexProductsBelow(moved, known.values());
        return new SyncReport(created, updated, unchanged, List.of());
    }

    /**
     * A product's index entry holds its category's ancestors, which the index does not follow by
     * itself: the products below a category that moved are indexed again with this transaction.
     * (Switching a category off needs nothing: searches read which categories are active.)
     */
    private void reindexProductsBelow(Set<Long> moved, Collection<CatalogCategory> all) {
        if (moved.isEmpty()) {
            return;
        }
        Set<Long> below = new HashSet<>();
        for (CatalogCategory category : all) {
            // by id: a parent may be a lazy proxy rather than the instance in the map
            for (CatalogCategory up = category; up != null; up = up.getParent()) {
                if (moved.contains(up.getId())) {
                    below.add(category.getId());
                    break;
                }
            }
        }
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        em.createQuery("select p from Product p where p.category.id in :categories", Product.class)
                .setParameter("categories", below)
                .getResultList()
                .forEach(plan::addOrUpdate);
    }

    private static Long idOf(CatalogCategory category) {
        return category == null ? null : category.getId();
    }

    /** The item's own constraints, and whether the languages its texts are keyed by are the portal's. */
    private <T> void commonChecks(
            int index, String key, T item, String textsField, Map<String, ?> texts, List<SyncReport.ItemError> errors) {
        for (ConstraintViolation<T> violation : validator.validate(item)) {
            errors.add(new SyncReport.ItemError(
                    index, key, violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (texts != null) {
            for (String tag : texts.keySet()) {
                if (Language.fromTag(tag).isEmpty()) {
                    errors.add(new SyncReport.ItemError(
                            index, key, textsField + "." + tag, "Not a language of the portal (en, bg, uk, ru)."));
                }
            }
        }
    }

    /** A product by SKU, active or not, with its category (shown after the transaction). */
    public Optional<Product> product(String sku) {
        return em.createQuery("select p from Product p join fetch p.category where p.sku = :sku", Product.class)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst();
    }

    /**
     * The back office's list: products, active or not, whose SKU or English name holds the text
     * (any case; all of them for a blank text), newest first, at most {@code max} (1 to
     * {@value #MAX_LISTED}). Categories come with them, for showing after the transaction.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<Product> products(String text, int max) {
        String pattern = text == null || text.isBlank()
                ? null
                : "%" + escapeLike(text.strip().toUpperCase(Locale.ROOT)) + "%";
        String where = pattern == null
                ? ""
                : " where upper(p.sku) like :pattern escape '\\' or p.id in (select q.id from Product q join q.texts t"
                        + " where key(t) = :english and upper(t.name) like :pattern escape '\\')";
        var query = em.createQuery(
                        "select p from Product p join fetch p.category" + where + " order by p.id desc", Product.class)
                .setMaxResults(Math.max(1, Math.min(max, MAX_LISTED)));
        if (pattern != null) {
            query.setParameter("pattern", pattern).setParameter("english", Language.EN);
        }
        return query.getResultList();
    }

    /** Every category, active or not, with its parent (shown after the transaction), by slug. */
    @RolesAllowed(Roles.ADMIN)
    public List<CatalogCategory> categories() {
        return em.createQuery(
                        "select c from CatalogCategory c left join fetch c.parent order by c.slug",
                        CatalogCategory.class)
                .getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Map<String, CatalogCategory> categories(List<ProductData> items) {
        Set<String> slugs = items.stream()
                .filter(Objects::nonNull)
                .map(ProductData::category)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from CatalogCategory c where c.slug in :slugs", CatalogCategory.class)
                .setParameter("slugs", slugs)
                .getResultStream()
                .collect(Collectors.toMap(CatalogCategory::getSlug, Function.identity()));
    }

    private static Map<Language, ProductText> texts(ProductData item) {
        Map<Language, ProductText> texts = new EnumMap<>(Language.class);
        item.texts()
                .forEach((tag, text) -> texts.put(
                        Language.fromTag(tag).orElseThrow(),
                        new ProductText(text.name().strip(), blankToNull(text.description()))));
        return texts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
