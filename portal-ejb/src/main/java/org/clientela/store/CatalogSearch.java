package org.clientela.store;

import static org.clientela.store.search.ProductFields.ACTIVE;
import static org.clientela.store.search.ProductFields.BRAND;
import static org.clientela.store.search.ProductFields.CATEGORY_PATH;
import static org.clientela.store.search.ProductFields.CURRENCY;
import static org.clientela.store.search.ProductFields.GROSS_PRICE;
import static org.clientela.store.search.ProductFields.IMAGE_URL;
import static org.clientela.store.search.ProductFields.IN_STOCK;
import static org.clientela.store.search.ProductFields.RATING;
import static org.clientela.store.search.ProductFields.RATING_COUNT;
import static org.clientela.store.search.ProductFields.SKU;
import static org.clientela.store.search.ProductFields.UPDATED_AT;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientela.platform.Language;
import org.clientela.store.CatalogQuery.Sort;
import org.clientela.store.CatalogReader.CategoryFacet;
import org.clientela.store.CatalogReader.FacetValue;
import org.clientela.store.CatalogReader.Facets;
import org.clientela.store.CatalogReader.Listing;
import org.clientela.store.CatalogReader.Page;
import org.clientela.store.CatalogReader.ProductCard;
import org.clientela.store.search.ProductFields;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

/**
 * The catalog search behind {@link CatalogReader}, a plain class so that a unit test runs it on
 * H2 and a local index. Visibility (active products, every category on their path active) is
 * decided at query time from the database's categories, so switching a category off needs no
 * reindexing. Each facet counts with every filter but its own: one query finds the page and
 * counts the facets nobody has chosen from, and one more per chosen facet counts that facet.
 */
final class CatalogSearch {

    static final List<Integer> RATINGS = List.of(4, 3, 2, 1);
    private static final int MAX_BRANDS = 100;

    private enum Facet {
        CATEGORY,
        BRAND,
        PRICE,
        STOCK,
        RATING
    }

    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<String, Long>> BRANDS = AggregationKey.of("brands");
    private static final AggregationKey<Map<Range<BigDecimal>, Long>> PRICES = AggregationKey.of("prices");
    private static final AggregationKey<Map<Boolean, Long>> STOCK = AggregationKey.of("stock");
    private static final AggregationKey<Map<Range<BigDecimal>, Long>> RATING_COUNTS = AggregationKey.of("ratings");

    private final EntityManager em;

    CatalogSearch(EntityManager em) {
        this.em = em;
    }

    Optional<Listing> search(Language language, CatalogQuery query) {
        Categories categories = categories();
        Category chosen = null;
        if (query.category() != null) {
            chosen = categories.visible(query.category());
            if (chosen == null) {
                return Optional.empty();
            }
        }
        List<PriceRange> priceRanges = new ArrayList<>(PriceRange.BANDS);
        if (query.price() != null && !priceRanges.contains(query.price())) {
            priceRanges.add(query.price()); // an address's own range is counted too
        }

        SearchSession session = Search.session(em);
        Set<Facet> chosenFacets = chosenFacets(query);
        Set<Facet> open = EnumSet.allOf(Facet.class);
        open.removeAll(chosenFacets);
        SearchQueryOptionsStep<?, ProductCard, ?, ?, ?> main = session.search(Product.class)
                .select(f -> card(f, language))
                .where(f -> predicate(f, language, query, categories.hidden(), null))
                .sort(f -> sort(f, language, query.sort()));
        for (Facet facet : open) {
            main = count(main, facet, categories, priceRanges);
        }
        int offset = query.page() * query.size();
        SearchResult<ProductCard> result = main.fetch(offset, query.size());
        Map<Facet, SearchResult<?>> counts = new HashMap<>();
        for (Facet facet : open) {
            counts.put(facet, result);
        }
        for (Facet facet : chosenFacets) {
            SearchQueryOptionsStep<?, Product, ?, ?, ?> own =
                    session.search(Product.class).where(f -> predicate(f, language, query, categories.hidden(), facet));
            counts.put(facet, count(own, facet, categories, priceRanges).fetch(0));
        }

        Page page = new Page(result.hits(), result.total().hitCount(), query.page(), query.size());
        Facets facets = new Facets(
                categories.facets(language, counts.get(Facet.CATEGORY).aggregation(CATEGORIES), chosen),
                brands(counts.get(Facet.BRAND).aggregation(BRANDS), query.brands()),
                prices(counts.get(Facet.PRICE).aggregation(PRICES), priceRanges, query.price()),
                counts.get(Facet.STOCK).aggregation(STOCK).getOrDefault(Boolean.TRUE, 0L),
                ratings(counts.get(Facet.RATING).aggregation(RATING_COUNTS), query.minRating()));
        return Optional.of(new Listing(chosen == null ? null : chosen.nameIn(language), page, facets));
    }

    /**
     * The categories as last read on this server while its structure version stays ({@link
     * CatalogChanges}), at most {@link #CATEGORIES_KEPT} old: other nodes of a cluster learn of a
     * change when that time is up, as their kept pages do. Read anew they would add a query to
     * every search; Hibernate's query cache, tried for this, costs every writing transaction instead.
     */
    private Categories categories() {
        Categories known = kept;
        long now = System.nanoTime();
        long version = CatalogChanges.structureVersion();
        if (known != null && known.version == version && now - known.readAt < CATEGORIES_KEPT.toNanos()) {
            return known;
        }
        // the version read before the rows: a change committed meanwhile makes the next search read again
        Categories read = new Categories(
                em.createQuery("select c from CatalogCategory c left join fetch c.parent", CatalogCategory.class)
                        .getResultStream()
                        .map(Category::of)
                        .toList(),
                version,
                now);
        kept = read;
        return read;
    }

    static final Duration CATEGORIES_KEPT =
            Duration.ofSeconds(Long.getLong("clientela.store.categories-kept-seconds", 60));

    private static volatile Categories kept;

    private static Set<Facet> chosenFacets(CatalogQuery query) {
        Set<Facet> chosen = EnumSet.noneOf(Facet.class);
        if (query.category() != null) {
            chosen.add(Facet.CATEGORY);
        }
        if (!query.brands().isEmpty()) {
            chosen.add(Facet.BRAND);
        }
        if (query.price() != null) {
            chosen.add(Facet.PRICE);
        }
        if (query.inStockOnly()) {
            chosen.add(Facet.STOCK);
        }
        if (query.minRating() != null) {
            chosen.add(Facet.RATING);
        }
        return chosen;
    }

    /** Everything the query asks but the filter of facet {@code without} (null: all of them). */
    private static PredicateFinalStep predicate(
            SearchPredicateFactory f, Language language, CatalogQuery query, Set<String> hidden, Facet without) {
        return f.bool().with(b -> {
            // the text scores; everything else only filters (an empty query matches nothing, so always a clause)
            b.must(query.text().isEmpty() ? f.matchAll() : text(f, language, query.text()));
            b.filter(f.match().field(ACTIVE).matching(true));
            if (!hidden.isEmpty()) {
                b.mustNot(f.terms().field(CATEGORY_PATH).matchingAny(hidden));
            }
            if (query.category() != null && without != Facet.CATEGORY) {
                b.filter(f.match().field(CATEGORY_PATH).matching(query.category()));
            }
            if (!query.brands().isEmpty() && without != Facet.BRAND) {
                b.filter(f.terms().field(BRAND).matchingAny(query.brands()));
            }
            if (query.price() != null && without != Facet.PRICE) {
                b.filter(f.range()
                        .field(GROSS_PRICE)
                        .within(Range.canonical(
                                query.price().min(), query.price().max())));
            }
            if (query.inStockOnly() && without != Facet.STOCK) {
                b.filter(f.match().field(IN_STOCK).matching(true));
            }
            if (query.minRating() != null && without != Facet.RATING) {
                b.filter(f.range().field(RATING).atLeast(BigDecimal.valueOf(query.minRating())));
            }
        });
    }

    /**
     * The words in the visitor's language: names weigh more than descriptions, every word must
     * be found (in a name, a description or the brand), and the syntax of a search box is
     * tolerated ({@code "quoted words"}, {@code -not}, {@code prefix*}) without ever failing. All
     * these fields share the language's analyzer: a field that kept a stop word ("for") would
     * make it a word to be found. So a SKU as typed, in any case, is matched apart, and first.
     */
    private static PredicateFinalStep text(SearchPredicateFactory f, Language language, String text) {
        return f.or(
                f.simpleQueryString()
                        .field(ProductFields.name(language))
                        .boost(3f)
                        .field(ProductFields.description(language))
                        .field(ProductFields.brand(language))
                        .boost(2f)
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND),
                f.match().field(SKU).matching(text).boost(10f));
    }

    /** Ties are broken by SKU, so that pages neither repeat nor skip a product. */
    private static SortFinalStep sort(SearchSortFactory f, Language language, Sort sort) {
        String name = ProductFields.nameSort(language);
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(UPDATED_AT).desc().then().field(SKU);
            case PRICE_ASC ->
                f.field(GROSS_PRICE).asc().then().field(name).then().field(SKU);
            case PRICE_DESC ->
                f.field(GROSS_PRICE).desc().then().field(name).then().field(SKU);
            case NEWEST -> f.field(UPDATED_AT).desc().then().field(SKU);
            case NAME -> f.field(name).asc().then().field(SKU);
        };
    }

    /**
     * A listing's card straight from the index, which keeps what a card shows, so that a search
     * page loads no product from the database.
     */
    private static ProjectionFinalStep<ProductCard> card(SearchProjectionFactory<?, ?> f, Language language) {
        return f.composite()
                .from(
                        f.field(SKU, String.class),
                        f.field(ProductFields.name(language), String.class),
                        f.field(BRAND, String.class),
                        f.field(GROSS_PRICE, BigDecimal.class),
                        f.field(CURRENCY, String.class),
                        f.field(IN_STOCK, Boolean.class),
                        f.field(IMAGE_URL, String.class),
                        f.field(RATING, BigDecimal.class),
                        f.field(RATING_COUNT, Integer.class))
                .asArray(v -> new ProductCard(
                        (String) v[0],
                        (String) v[1],
                        (String) v[2],
                        (BigDecimal) v[3],
                        (String) v[4],
                        (Boolean) v[5],
                        (String) v[6],
                        (BigDecimal) v[7],
                        (Integer) v[8]));
    }

    private static <H> SearchQueryOptionsStep<?, H, ?, ?, ?> count(
            SearchQueryOptionsStep<?, H, ?, ?, ?> query,
            Facet facet,
            Categories categories,
            List<PriceRange> priceRanges) {
        return switch (facet) {
            case CATEGORY ->
                query.aggregation(
                        CATEGORIES,
                        f -> f.terms().field(CATEGORY_PATH, String.class).maxTermCount(Math.max(1, categories.size())));
            case BRAND ->
                query.aggregation(
                        BRANDS, f -> f.terms().field(BRAND, String.class).maxTermCount(MAX_BRANDS));
            case PRICE ->
                query.aggregation(
                        PRICES,
                        f -> f.range()
                                .field(GROSS_PRICE, BigDecimal.class)
                                .ranges(priceRanges.stream()
                                        .map(r -> Range.canonical(r.min(), r.max()))
                                        .toList()));
            case STOCK -> query.aggregation(STOCK, f -> f.terms().field(IN_STOCK, Boolean.class));
            case RATING ->
                query.aggregation(
                        RATING_COUNTS,
                        f -> f.range()
                                .field(RATING, BigDecimal.class)
                                .ranges(RATINGS.stream()
                                        .map(r -> Range.atLeast(BigDecimal.valueOf(r)))
                                        .toList()));
        };
    }

    /** Most products first; a chosen brand stays listed (to be unchosen) even when none is left. */
    private static List<FacetValue<String>> brands(Map<String, Long> counts, List<String> chosen) {
        List<FacetValue<String>> brands = new ArrayList<>();
        counts.forEach((brand, count) -> brands.add(new FacetValue<>(brand, count, chosen.contains(brand))));
        chosen.stream()
                .filter(brand -> !counts.containsKey(brand))
                .forEach(brand -> brands.add(new FacetValue<>(brand, 0, true)));
        brands.sort(Comparator.comparingLong((FacetValue<String> b) -> -b.count())
                .thenComparing(b -> b.value(), String.CASE_INSENSITIVE_ORDER));
        return brands;
    }

    /** The ranges in the order they were asked for, as the aggregation answers them. */
    private static List<FacetValue<PriceRange>> prices(
            Map<Range<BigDecimal>, Long> counts, List<PriceRange> ranges, PriceRange chosen) {
        List<FacetValue<PriceRange>> prices = new ArrayList<>();
        Iterator<Long> count = counts.values().iterator();
        for (PriceRange range : ranges) {
            long n = count.hasNext() ? count.next() : 0;
            if (n > 0 || range.equals(chosen)) {
                prices.add(new FacetValue<>(range, n, range.equals(chosen)));
            }
        }
        return prices;
    }

    private static List<FacetValue<Integer>> ratings(Map<Range<BigDecimal>, Long> counts, Integer chosen) {
        List<FacetValue<Integer>> ratings = new ArrayList<>();
        Iterator<Long> count = counts.values().iterator();
        for (Integer minimum : RATINGS) {
            long n = count.hasNext() ? count.next() : 0;
            if (n > 0 || minimum.equals(chosen)) {
                ratings.add(new FacetValue<>(minimum, n, minimum.equals(chosen)));
            }
        }
        return ratings;
    }

    /** A category as the search sees it: a snapshot, shared by the searches of every thread. */
    private record Category(String slug, String parentSlug, boolean active, Map<Language, String> names) {

        static Category of(CatalogCategory category) {
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                names.put(language, category.nameIn(language));
            }
            return new Category(
                    category.getSlug(),
                    category.getParent() == null ? null : category.getParent().getSlug(),
                    category.isActive(),
                    Collections.unmodifiableMap(names));
        }

        String nameIn(Language language) {
            return names.get(language);
        }
    }

    /**
     * Every category read once: the visible ones are active with an active parent all the way up;
     * the slugs of the others hide their products. Never changed once built.
     */
    private static final class Categories {

        private final List<Category> all;
        private final long version;
        private final long readAt;
        private final Set<String> hidden = new HashSet<>();
        private final Map<String, Category> visible = new HashMap<>();

        Categories(List<Category> all, long version, long readAt) {
            this.all = all;
            this.version = version;
            this.readAt = readAt;
            for (Category category : all) {
                if (!category.active()) {
                    hidden.add(category.slug());
                }
            }
            addVisible(null);
        }

        private void addVisible(String parent) {
            for (Category c : all) {
                if (Objects.equals(c.parentSlug(), parent) && c.active()) {
                    visible.put(c.slug(), c);
                    addVisible(c.slug());
                }
            }
        }

        int size() {
            return all.size();
        }

        Set<String> hidden() {
            return hidden;
        }

        Category visible(String slug) {
            return visible.get(slug);
        }

        /**
         * The visible categories as a tree in the language's alphabetical order, those without
         * found products left out, but never the chosen one or those above it.
         */
        List<CategoryFacet> facets(Language language, Map<String, Long> counts, Category chosen) {
            Set<String> kept = new HashSet<>();
            for (Category c = chosen; c != null; c = c.parentSlug() == null ? null : visible.get(c.parentSlug())) {
                kept.add(c.slug());
            }
            List<CategoryFacet> tree = new ArrayList<>();
            addFacets(null, 0, language, counts, kept, tree);
            return tree;
        }

        private void addFacets(
                String parent,
                int depth,
                Language language,
                Map<String, Long> counts,
                Set<String> kept,
                List<CategoryFacet> tree) {
            visible.values().stream()
                    .filter(c -> Objects.equals(c.parentSlug(), parent))
                    .sorted(Comparator.comparing(c -> c.nameIn(language)))
                    .forEach(c -> {
                        long count = counts.getOrDefault(c.slug(), 0L);
                        if (count > 0 || kept.contains(c.slug())) {
                            tree.add(new CategoryFacet(c.slug(), c.nameIn(language), depth, count));
                            addFacets(c.slug(), depth + 1, language, counts, kept, tree);
                        }
                    });
        }
    }
}
