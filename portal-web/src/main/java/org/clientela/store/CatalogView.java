package org.clientela.store;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.clientela.store.CatalogQuery.Sort;
import org.omnifaces.util.Faces;

/**
 * /catalog and /catalog/{category}: the catalog search. Everything it was asked is in the address
 * ({@code q}, {@code brand} (repeated), {@code price}, {@code stock}, {@code rating}, {@code
 * sort}, {@code page}), so a listing can be shared and bookmarked, the browser's back button
 * works, and no session is needed: every facet is a link, the search box and the order are GET
 * forms. What an address gets wrong (an unknown order, a page too far) is ignored, never an error.
 */
@Named
@RequestScoped
public class CatalogView {

    static final int PAGE_SIZE = 24;
    /** Bounds on what an address may ask, however it was made. */
    private static final int MAX_TEXT = 200;

    private static final int MAX_BRANDS = 50;

    @Inject
    private CatalogReader reader;

    @Inject
    private UiLanguage uiLanguage;

    private CatalogQuery query;
    private CatalogReader.Listing listing;

    public void load() throws IOException {
        query = query(Faces.getRequestParameterValuesMap(), PAGE_SIZE);
        Optional<CatalogReader.Listing> found = reader.search(uiLanguage.getLanguage(), query);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "no catalog category " + query.category());
            return;
        }
        listing = found.get();
    }

    /** What the address asks; the category comes as {@code category}, from {@link StorePathServlet}. */
    static CatalogQuery query(Map<String, String[]> parameters, int size) {
        String rating = first(parameters, "rating");
        int page = parseInt(first(parameters, "page")).orElse(1);
        String text = first(parameters, "q");
        return new CatalogQuery(
                text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT),
                first(parameters, "category"),
                Arrays.stream(parameters.getOrDefault("brand", new String[0]))
                        .limit(MAX_BRANDS)
                        .toList(),
                PriceRange.fromParam(first(parameters, "price")).orElse(null),
                "1".equals(first(parameters, "stock")),
                rating == null
                        ? null
                        : parseInt(rating).filter(r -> r >= 1 && r <= 5).orElse(null),
                Sort.fromParam(first(parameters, "sort")).orElse(Sort.RELEVANCE),
                Math.min(Math.max(page, 1) - 1, CatalogQuery.lastPage(size)),
                size);
    }

    /** The shareable address of a listing; the default order and the first page are left out. */
    static String link(CatalogQuery query) {
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        if (!query.text().isEmpty()) {
            parameters.add("q=" + encode(query.text()));
        }
        query.brands().forEach(brand -> parameters.add("brand=" + encode(brand)));
        if (query.price() != null) {
            parameters.add("price=" + query.price().toParam());
        }
        if (query.inStockOnly()) {
            parameters.add("stock=1");
        }
        if (query.minRating() != null) {
            parameters.add("rating=" + query.minRating());
        }
        if (query.sort() != Sort.RELEVANCE) {
            parameters.add("sort=" + query.sort().param());
        }
        if (query.page() > 0) {
            parameters.add("page=" + (query.page() + 1));
        }
        return path(query.category()) + parameters;
    }

    private static String path(String category) {
        return category == null ? "/catalog" : "/catalog/" + category;
    }

    // Links the page offers: each changes one thing and starts again at the first page

    public String getFormAction() {
        return path(query.category());
    }

    public String categoryLink(String slug) {
        return link(query.withCategory(slug));
    }

    public String brandLink(String brand) {
        List<String> brands = new ArrayList<>(query.brands());
        if (!brands.remove(brand)) {
            brands.add(brand);
        }
        return link(query.withBrands(brands));
    }

    public String priceLink(PriceRange range) {
        return link(query.withPrice(range.equals(query.price()) ? null : range));
    }

    public String stockLink() {
        return link(query.withInStockOnly(!query.inStockOnly()));
    }

    public String ratingLink(int minimum) {
        return link(query.withMinRating(Integer.valueOf(minimum).equals(query.minRating()) ? null : minimum));
    }

    public String clearLink() {
        return link(CatalogQuery.all(query.category(), query.size())
                .withText(query.text())
                .withSort(query.sort()));
    }

    /** The address of a page, counted from 1. */
    public String pageLink(int number) {
        return link(query.withPage(number - 1));
    }

    public boolean isFiltered() {
        return !query.brands().isEmpty() || query.price() != null || query.inStockOnly() || query.minRating() != null;
    }

    /** What the search box and the filters left nothing of; an empty catalog says so otherwise. */
    public boolean isSearched() {
        return !query.text().isEmpty() || isFiltered();
    }

    public List<Sort> getSorts() {
        return List.of(Sort.values());
    }

    /** "Under €50", "€50 – €200", "€1,000 and above", in the visitor's language. */
    public String priceLabel(PriceRange range) {
        if (range.min() == null) {
            return Texts.get("catalog.price.under", euros(range.max()));
        }
        if (range.max() == null) {
            return Texts.get("catalog.price.from", euros(range.min()));
        }
        return Texts.get("catalog.price.between", euros(range.min()), euros(range.max()));
    }

    /** Made once per language (a lookup of the locale's data), copied per use: formats are not thread-safe. */
    private static final Map<Locale, NumberFormat> EURO_FORMATS = new ConcurrentHashMap<>();

    /** An amount without cents when it has none, as price ranges are written. */
    private String euros(BigDecimal amount) {
        NumberFormat format = (NumberFormat) EURO_FORMATS
                .computeIfAbsent(uiLanguage.getLocale(), locale -> {
                    NumberFormat made = NumberFormat.getCurrencyInstance(locale);
                    made.setCurrency(Currency.getInstance(Product.CURRENCY));
                    return made;
                })
                .clone();
        if (amount.stripTrailingZeros().scale() <= 0) {
            format.setMinimumFractionDigits(0);
            format.setMaximumFractionDigits(0);
        }
        return format.format(amount);
    }

    public CatalogQuery getQuery() {
        return query;
    }

    public CatalogReader.Listing getListing() {
        return listing;
    }

    public CatalogReader.Page getPage() {
        return listing.page();
    }

    public CatalogReader.Facets getFacets() {
        return listing.facets();
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0];
    }

    private static Optional<Integer> parseInt(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
