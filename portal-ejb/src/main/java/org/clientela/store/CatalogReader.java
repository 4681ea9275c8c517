package org.clientela.store;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
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

    /**
     * What a product's own page shows, in one language (its text in the first language it has
     * one in when not in this one), read as values: the product is not loaded.
     */
    public record ProductPage(
            String sku,
            String name,
            String description,
            BigDecimal grossPrice,
            String currency,
            int stock,
            String brand,
            String colour,
            String imageUrl,
            String categorySlug,
            String categoryName,
            int ratingCount) {

        public boolean inStock() {
            return stock > 0;
        }
    }

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
     * committing one (a flush, the index's and the page cache's synchronisations) would be work
     * for nothing on every product page.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Product> product(String sku) {
        // a query the server translates to SQL once: with an entity graph Hibernate translated it
        // again for every call
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

    /**
     * An active product's page in this language; empty for an unknown or inactive SKU. One row
     * per language the product has a text in, read as values (no entity, nothing for the
     * persistence context to keep), with its category's name in this language, rather than the
     * product entity with all its texts and its category from the cache: its page is the one a
     * visitor opens most.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ProductPage> productPage(String sku, Language language) {
        List<Object[]> rows = em.createQuery(
                        "select key(t), t.name, t.description, p.netPrice, p.vatRate, p.currency, p.stock,"
                                + " p.brand, p.colour, p.imageUrl, p.ratingCount, c.id, c.slug, n"
                                + " from Product p join p.texts t join p.category c"
                                + " left join c.names n on key(n) = :language"
                                + " where p.sku = :sku and p.active = true",
                        Object[].class)
                .setParameter("sku", sku)
                .setParameter("language", language)
                .getResultList();
        // the visitor's language, else the first the product has a text in (as Product.textIn)
        Object[] row = rows.stream()
                .filter(r -> r[0] == language)
                .findFirst()
                .or(() -> rows.stream().min(Comparator.comparing(r -> (Language) r[0])))
                .orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        String categoryName = row[13] != null
                ? (String) row[13]
                : em.find(CatalogCategory.class, row[11]).nameIn(language); // named in another language only
        return Optional.of(new ProductPage(
                sku,
                (String) row[1],
                (String) row[2],
                Product.grossPrice((BigDecimal) row[3], (BigDecimal) row[4]),
                (String) row[5],
                (Integer) row[6],
                (String) row[7],
                (String) row[8],
                (String) row[9],
                (String) row[12],
                categoryName,
                (Integer) row[10]));
    }

    /** The active categories with their parents, for forms that link something to one. */
    public List<CatalogCategory> activeCategories() {
        return em.createQuery(
                        "select c from CatalogCategory c left join fetch c.parent where c.active = true order by c.slug",
                        CatalogCategory.class)
                .getResultList();
    }
}
