package org.clientela.store;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientela.platform.Language;

/**
 * What visitors see of the catalog: active products, a category including its subcategories,
 * newest first, a page at a time; one product by SKU.
 */
@Stateless
@PermitAll
public class CatalogReader {

    @PersistenceContext
    private EntityManager em;

    /** A product in a listing, in one language. */
    public record ProductCard(
            String sku,
            String name,
            String brand,
            BigDecimal grossPrice,
            String currency,
            boolean inStock,
            String imageUrl) {

        static ProductCard of(Product product, Language language) {
            return new ProductCard(
                    product.getSku(),
                    product.textIn(language).getName(),
                    product.getBrand(),
                    product.grossPrice(),
                    product.getCurrency(),
                    product.isInStock(),
                    product.getImageUrl());
        }
    }

    /** A page of a listing and how many there are in all. */
    public record Page(List<ProductCard> products, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A category as the catalog's navigation shows it. */
    public record CategoryLink(String slug, String name, int depth) {}

    /** A category's page: its name, a page of its products, and the navigation tree. */
    public record Listing(String categoryName, Page page, List<CategoryLink> categories) {}

    /**
     * A page of the catalog, or of a category with its subcategories; empty when there is no such
     * active category. The categories are read once, for the name, the subtree and the tree.
     */
    public Optional<Listing> listing(Language language, String categorySlug, int page, int size) {
        List<CatalogCategory> all = em.createQuery(
                        "select c from CatalogCategory c left join fetch c.parent where c.active = true",
                        CatalogCategory.class)
                .getResultList();
        List<CategoryLink> tree = new ArrayList<>();
        addChildren(null, all, language, 0, tree);
        if (categorySlug == null) {
            return Optional.of(new Listing(null, products(language, null, page, size), tree));
        }
        Optional<CatalogCategory> chosen =
                all.stream().filter(c -> c.getSlug().equals(categorySlug)).findFirst();
        return chosen.map(category -> new Listing(
                category.nameIn(language), products(language, withDescendants(category, all), page, size), tree));
    }

    private Page products(Language language, Set<Long> categories, int page, int size) {
        String where = " where p.active = true" + (categories == null ? "" : " and p.category.id in :categories");
        var count = em.createQuery("select count(p) from Product p" + where, Long.class);
        var list = em.createQuery(
                "select p from Product p" + where + " order by p.updatedAt desc, p.id desc", Product.class);
        if (categories != null) {
            count.setParameter("categories", categories);
            list.setParameter("categories", categories);
        }
        long total = count.getSingleResult();
        int first = Math.max(0, page) * size;
        List<ProductCard> cards = list.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(product -> ProductCard.of(product, language))
                .toList();
        return new Page(cards, total, Math.max(0, page), size);
    }

    /** An active product by SKU. */
    public Optional<Product> product(String sku) {
        return em.createQuery(
                        "select p from Product p join fetch p.category where p.sku = :sku and p.active = true",
                        Product.class)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst();
    }

    private static void addChildren(
            CatalogCategory parent, List<CatalogCategory> all, Language language, int depth, List<CategoryLink> tree) {
        all.stream()
                .filter(c -> c.getParent() == parent)
                .sorted(Comparator.comparing(c -> c.nameIn(language)))
                .forEach(c -> {
                    tree.add(new CategoryLink(c.getSlug(), c.nameIn(language), depth));
                    addChildren(c, all, language, depth + 1, tree);
                });
    }

    /** The category and every category below it, from the list already read. */
    private static Set<Long> withDescendants(CatalogCategory category, List<CatalogCategory> all) {
        Set<Long> found = new HashSet<>(Set.of(category.getId()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CatalogCategory c : all) {
                if (c.getParent() != null && found.contains(c.getParent().getId()) && found.add(c.getId())) {
                    grew = true;
                }
            }
        }
        return found;
    }
}
