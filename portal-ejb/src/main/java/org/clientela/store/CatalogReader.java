package org.clientela.store;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.clientela.platform.Language;

/**
 * What visitors see of the catalog: a search of the active products in active categories (a
 * category includes its subcategories) in the visitor's language, with counts to narrow it down
 * by; one product by SKU.
 */
@Stateless
@PermitAll
public class CatalogReader {

    @PersistenceContext
    private EntityManager em;

    /**
     * A product in a listing, in one language, as the search index keeps it (the product is not
     * loaded); no rating before its first review.
     */
    public record ProductCard(
            String sku,
            String name,
            String brand,
            BigDecimal grossPrice,
            String currency,
            boolean inStock,
            String imageUrl,
            BigDecimal ratingAverage,
            int ratingCount) {}

    /** A page of a listing and how many there are in all. */
    public record Page(List<ProductCard> products, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A category in the listing's navigation, with how many of the found products it holds. */
    public record CategoryFacet(String slug, String name, int depth, long count) {}

    /** One value to narrow the listing down by, how many products have it, and whether it is chosen. */
    public record FacetValue<T>(T value, long count, boolean selected) {}

    /**
     * The counts beside a listing. Each facet counts with every choice but its own applied, so the
     * other brands (or price ranges) still show what choosing them instead would give.
     */
    public record Facets(
            List<CategoryFacet> categories,
            List<FacetValue<String>> brands,
            List<FacetValue<PriceRange>> prices,
            long inStock,
            List<FacetValue<Integer>> ratings) {}

    /** The chosen category's name (none for the whole catalog), a page of products and the facets. */
    public record Listing(String categoryName, Page page, Facets facets) {}

    /**
     * A page of what the visitor asks for; empty when there is no such active category. Read
     * without a transaction of its own, like {@link #product}: the index and one query.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Listing> search(Language language, CatalogQuery query) {
        return new CatalogSearch(em).search(language, query);
    }

    /**
     * An active product by SKU, with its texts and its category (whose names come from the cache).
     * Read without a transaction of its own: the query loads all a page shows, and beginning and
     * committing one (a flush, the index's and the page cache's synchronisations) cost a tenth of
     * a product page.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Product> product(String sku) {
        // a query the server translates to SQL once: with an entity graph Hibernate translated it
        // again for every call, a fifth of a product page's CPU
        return em
                .createQuery(
                        "select p from Product p left join fetch p.texts join fetch p.category"
                                + " where p.sku = :sku and p.active = true",
                        Product.class)
                .setParameter("sku", sku)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The active categories with their parents, for forms that link something to one. */
    public List<CatalogCategory> activeCategories() {
        return em.createQuery(
                        "select c from CatalogCategory c left join fetch c.parent where c.active = true order by c.slug",
                        CatalogCategory.class)
                .getResultList();
    }
}
