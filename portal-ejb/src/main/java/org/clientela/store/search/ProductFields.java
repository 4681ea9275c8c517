package org.clientela.store.search;

import org.clientela.platform.Language;

/**
 * The names of the product index's fields, analyzers and normalizer, shared by the mapping, the
 * analysis of both backends and the queries.
 */
public final class ProductFields {

    public static final String SKU = "sku";
    public static final String ACTIVE = "active";
    public static final String BRAND = "brand";
    /** The product's category and every category above it: a category's products include its subcategories'. */
    public static final String CATEGORY_PATH = "categoryPath";

    public static final String GROSS_PRICE = "grossPrice";
    public static final String IN_STOCK = "inStock";
    public static final String RATING = "ratingAverage";
    public static final String UPDATED_AT = "updatedAt";
    // kept for listings only (projections), not searched
    public static final String CURRENCY = "currency";
    public static final String IMAGE_URL = "imageUrl";
    public static final String RATING_COUNT = "ratingCount";

    /** Lower case and without accents, for sorting and for SKUs typed in any case. */
    public static final String SORT_NORMALIZER = "sort";

    private ProductFields() {}

    public static String name(Language language) {
        return "name_" + language.tag();
    }

    public static String description(Language language) {
        return "description_" + language.tag();
    }

    /** The brand's words, analysed like the texts of the language, so that "acme laptop" finds Acme's laptops. */
    public static String brand(Language language) {
        return "brand_" + language.tag();
    }

    public static String nameSort(Language language) {
        return "nameSort_" + language.tag();
    }

    public static String analyzer(Language language) {
        return "text_" + language.tag();
    }
}
