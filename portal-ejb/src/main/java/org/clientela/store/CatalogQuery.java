package org.clientela.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a visitor asks the catalog: words (empty: everything), a category slug (its subcategories
 * included), brands (any of them), a price range, only what is in stock, a minimum average
 * rating (1 to 5), an order, and which page of what size (pages count from 0).
 */
public record CatalogQuery(
        String text,
        String category,
        List<String> brands,
        PriceRange price,
        boolean inStockOnly,
        Integer minRating,
        Sort sort,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;

    /**
     * How deep pages reach: Elasticsearch's default result window, and a bound on what Lucene
     * collects for one page (it keeps every hit up to the page's end).
     */
    public static final int MAX_WINDOW = 10_000;

    /** The orders a listing can take, as addresses write them ({@code sort=price-asc}). */
    public enum Sort {
        RELEVANCE("relevance"),
        PRICE_ASC("price-asc"),
        PRICE_DESC("price-desc"),
        NEWEST("newest"),
        NAME("name");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public static Optional<Sort> fromParam(String param) {
            return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
        }
    }

    public CatalogQuery {
        text = text == null ? "" : text.strip();
        category = category == null || category.isBlank() ? null : category;
        brands = brands == null
                ? List.of()
                : brands.stream()
                        .filter(b -> b != null && !b.isBlank())
                        .distinct()
                        .toList();
        if (minRating != null && (minRating < 1 || minRating > 5)) {
            throw new IllegalArgumentException("a minimum rating is 1 to 5");
        }
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (page < 0 || size < 1 || size > MAX_SIZE || (long) (page + 1) * size > MAX_WINDOW) {
            throw new IllegalArgumentException(
                    "pages count from 0, hold 1 to " + MAX_SIZE + " products and end within " + MAX_WINDOW);
        }
    }

    /** Everything, in a category or the whole catalog (null), newest first: the first page. */
    public static CatalogQuery all(String category, int size) {
        return new CatalogQuery(null, category, List.of(), null, false, null, Sort.RELEVANCE, 0, size);
    }

    public CatalogQuery withText(String newText) {
        return new CatalogQuery(newText, category, brands, price, inStockOnly, minRating, sort, 0, size);
    }

    public CatalogQuery withCategory(String newCategory) {
        return new CatalogQuery(text, newCategory, brands, price, inStockOnly, minRating, sort, 0, size);
    }

    public CatalogQuery withBrands(List<String> newBrands) {
        return new CatalogQuery(text, category, newBrands, price, inStockOnly, minRating, sort, 0, size);
    }

    public CatalogQuery withPrice(PriceRange newPrice) {
        return new CatalogQuery(text, category, brands, newPrice, inStockOnly, minRating, sort, 0, size);
    }

    public CatalogQuery withInStockOnly(boolean newInStockOnly) {
        return new CatalogQuery(text, category, brands, price, newInStockOnly, minRating, sort, 0, size);
    }

    public CatalogQuery withMinRating(Integer newMinRating) {
        return new CatalogQuery(text, category, brands, price, inStockOnly, newMinRating, sort, 0, size);
    }

    public CatalogQuery withSort(Sort newSort) {
        return new CatalogQuery(text, category, brands, price, inStockOnly, minRating, newSort, 0, size);
    }

    /** The last page a query of this size can ask for (from 0). */
    public static int lastPage(int size) {
        return MAX_WINDOW / size - 1;
    }

    public CatalogQuery withPage(int newPage) {
        return new CatalogQuery(text, category, brands, price, inStockOnly, minRating, sort, newPage, size);
    }
}
