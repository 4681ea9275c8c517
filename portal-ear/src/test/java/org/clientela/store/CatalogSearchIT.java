package org.clientela.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clientela.it.support.incontainer.AsAdmin;
import org.clientela.platform.Language;
import org.clientela.store.CatalogQuery.Sort;
import org.clientela.store.CatalogReader.CategoryFacet;
import org.clientela.store.CatalogReader.FacetValue;
import org.clientela.store.CatalogReader.Listing;
import org.clientela.store.CatalogReader.ProductCard;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog search inside the server, on the index WildFly's Hibernate Search keeps: what the
 * ERP syncs is found at once in the visitor's language, counted by facet, filtered, sorted and
 * paged; changes and withdrawals show at the next search; a rebuild brings in what SQL changed.
 * Every test works in categories of its own (a random key), as tests share one database and index.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogSearchIT {

    @Inject
    CatalogReader reader;

    @Inject
    CatalogSync catalog;

    @Inject
    CatalogIndex index;

    @Inject
    AsAdmin asAdmin;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    String key;
    String root;
    String laptops;
    String mice;
    String acme;
    String lumo;

    /** Root › Laptops and Root › Mice, three products, two brands, one of them out of stock. */
    @BeforeEach
    void aCatalog() throws Exception {
        key = UUID.randomUUID().toString().substring(0, 8);
        root = "search-" + key;
        laptops = root + "-laptops";
        mice = root + "-mice";
        acme = "Acme " + key;
        lumo = "Lumo " + key;
        sync(() -> catalog.upsertCategories(List.of(
                category(root, null, true, "Search " + key, "Търсене " + key),
                category(laptops, root, true, "Laptops", "Лаптопи"),
                category(mice, root, true, "Mice", "Мишки"))));
        sync(() -> catalog.upsert(List.of(
                product(
                        "AIR",
                        laptops,
                        acme,
                        "899.00",
                        12,
                        Map.of(
                                "en", text("Air 13 laptop", "Light and quiet."),
                                "bg", text("Лаптоп Air 13", "Лек и тих."))),
                product(
                        "EDU",
                        laptops,
                        lumo,
                        "349.00",
                        0,
                        Map.of("en", text("Edu 11 laptop", "A sturdy first laptop for school."))),
                product(
                        "MOUSE",
                        mice,
                        acme,
                        "24.90",
                        80,
                        Map.of(
                                "en", text("Wireless mouse", "Two years on one battery."),
                                "bg", text("Безжична мишка", "Две години с една батерия."))))));
    }

    @Test
    void wordsAreFoundInTheVisitorsLanguage() {
        assertEquals(List.of(sku("AIR")), skus(search(Language.BG, query(root).withText("лаптоп"))));
        assertEquals(List.of(sku("MOUSE")), skus(search(Language.EN, query(root).withText("wireless"))));
        // Bulgarian stems: the plural finds the singular
        assertEquals(List.of(sku("MOUSE")), skus(search(Language.BG, query(root).withText("мишки"))));
        assertEquals(List.of(sku("AIR")), skus(search(Language.BG, query(root).withText("лаптопите"))));
        // English stems too, and a product without Bulgarian text is found by its English one
        assertEquals(
                2, search(Language.EN, query(root).withText("laptops")).page().total());
        assertEquals(List.of(sku("EDU")), skus(search(Language.BG, query(root).withText("school"))));
        // a SKU, in any case, and the brand's words
        assertEquals(
                List.of(sku("EDU")),
                skus(search(Language.EN, query(null).withText(sku("EDU").toLowerCase()))));
        assertEquals(List.of(sku("AIR")), skus(search(Language.EN, query(root).withText("acme laptop"))));

        Listing bulgarian = search(Language.BG, query(root).withText("лаптоп"));
        assertEquals("Търсене " + key, bulgarian.categoryName());
        assertEquals("Лаптоп Air 13", bulgarian.page().products().get(0).name());
    }

    @Test
    void aProductPageIsReadInTheVisitorsLanguageOrInOneTheProductHas() throws Exception {
        CatalogReader.ProductPage air =
                reader.productPage(sku("AIR"), Language.BG).orElseThrow();
        assertEquals("Лаптоп Air 13", air.name());
        assertEquals("Лек и тих.", air.description());
        assertEquals(laptops, air.categorySlug());
        assertEquals("Лаптопи", air.categoryName());
        assertEquals(new BigDecimal("1078.80"), air.grossPrice()); // 899.00 and 20 % VAT
        assertEquals(acme, air.brand());
        assertEquals(12, air.stock());
        assertTrue(air.inStock());

        // no Bulgarian text: the English one, under the category's Bulgarian name
        CatalogReader.ProductPage edu =
                reader.productPage(sku("EDU"), Language.BG).orElseThrow();
        assertEquals("Edu 11 laptop", edu.name());
        assertEquals("Лаптопи", edu.categoryName());
        assertFalse(edu.inStock());
        // a language neither has: the product's text and a name the category has
        CatalogReader.ProductPage inUkrainian =
                reader.productPage(sku("EDU"), Language.UK).orElseThrow();
        assertEquals("Edu 11 laptop", inUkrainian.name());
        assertTrue(Set.of("Laptops", "Лаптопи").contains(inUkrainian.categoryName()), inUkrainian.categoryName());

        assertTrue(
                reader.productPage("NO-SUCH-" + key.toUpperCase(), Language.EN).isEmpty());
        sync(() -> catalog.upsert(List.of(withdrawn(product(
                "MOUSE",
                mice,
                acme,
                "24.90",
                80,
                Map.of("en", text("Wireless mouse", "Two years on one battery.")))))));
        assertTrue(reader.productPage(sku("MOUSE"), Language.EN).isEmpty());
    }

    @Test
    void facetsCountBrandsAndCategoriesWithTheirSubcategories() {
        Listing all = search(Language.EN, query(root));
        assertEquals(3, all.page().total());
        assertEquals(Map.of(acme, 2L, lumo, 1L), brandCounts(all));
        Map<String, Long> categories = categoryCounts(all);
        assertEquals(3L, categories.get(root), "a category counts its subcategories' products");
        assertEquals(2L, categories.get(laptops));
        assertEquals(1L, categories.get(mice));
        assertEquals(2, all.facets().inStock());
        assertEquals(
                Map.of("-50", 1L, "200-500", 1L, "1000-", 1L),
                priceCounts(all),
                "gross prices 29.88, 418.80 and 1078.80");

        Listing byAcme = search(Language.EN, query(root).withBrands(List.of(acme)));
        assertEquals(2, byAcme.page().total());
        assertEquals(Map.of(acme, 2L, lumo, 1L), brandCounts(byAcme), "other brands stay choosable");
        assertEquals(1L, categoryCounts(byAcme).get(laptops));
        assertTrue(byAcme.facets().brands().stream().anyMatch(b -> b.value().equals(acme) && b.selected()));

        Listing subcategory = search(Language.EN, query(laptops));
        assertEquals("Laptops", subcategory.categoryName());
        assertEquals(2, subcategory.page().total());
        assertEquals(3L, categoryCounts(subcategory).get(root), "the navigation counts beyond the chosen one");
    }

    @Test
    void priceStockSortAndPages() {
        assertEquals(
                List.of(sku("EDU")),
                skus(search(
                        Language.EN,
                        query(root).withPrice(PriceRange.fromParam("200-500").orElseThrow()))));
        assertEquals(
                List.of(sku("MOUSE"), sku("EDU")),
                skus(search(
                        Language.EN,
                        query(root)
                                .withPrice(new PriceRange(null, new BigDecimal("1000")))
                                .withSort(Sort.PRICE_ASC))));
        assertEquals(
                List.of(sku("AIR"), sku("MOUSE")),
                skus(search(Language.EN, query(root).withInStockOnly(true).withSort(Sort.PRICE_DESC))));
        assertEquals(
                List.of(sku("MOUSE"), sku("EDU"), sku("AIR")),
                skus(search(Language.EN, query(root).withSort(Sort.PRICE_ASC))));

        CatalogQuery twoAPage = new CatalogQuery(null, root, null, null, false, null, Sort.PRICE_DESC, 0, 2);
        Listing first = search(Language.EN, twoAPage);
        Listing second = search(Language.EN, twoAPage.withPage(1));
        assertEquals(3, first.page().total());
        assertEquals(2, first.page().pages());
        assertEquals(List.of(sku("AIR"), sku("EDU")), skus(first));
        assertEquals(List.of(sku("MOUSE")), skus(second));
    }

    @Test
    void changesAreFoundAtOnceAndWithdrawnProductsAreGone() throws Exception {
        sync(() -> catalog.upsert(List.of(silentMouse(0))));

        assertEquals(List.of(), skus(search(Language.EN, query(root).withText("wireless"))));
        Listing silent = search(Language.EN, query(root).withText("silent"));
        assertEquals(List.of(sku("MOUSE")), skus(silent));
        ProductCard mouse = silent.page().products().get(0);
        assertEquals(0, new BigDecimal("238.80").compareTo(mouse.grossPrice()));
        assertEquals(lumo, mouse.brand());
        assertEquals(false, mouse.inStock());
        assertEquals(List.of(sku("AIR")), skus(search(Language.EN, query(root).withInStockOnly(true))));
        // the stock alone, from the ERP: the facet follows (a stock change reindexes only then)
        sync(() -> catalog.upsert(List.of(silentMouse(4))));
        assertEquals(
                Set.of(sku("AIR"), sku("MOUSE")),
                Set.copyOf(skus(search(Language.EN, query(root).withInStockOnly(true)))));
        assertEquals(Map.of(acme, 1L, lumo, 2L), brandCounts(search(Language.EN, query(root))));

        sync(() -> catalog.upsert(List.of(withdrawn(product(
                "AIR",
                laptops,
                acme,
                "899.00",
                12,
                Map.of(
                        "en", text("Air 13 laptop", "Light and quiet."),
                        "bg", text("Лаптоп Air 13", "Лек и тих.")))))));
        assertEquals(List.of(sku("EDU")), skus(search(Language.EN, query(root).withText("laptop"))));
        assertEquals(2, search(Language.EN, query(root)).page().total());
    }

    @Test
    void productsFollowTheirCategoryAndHideWithIt() throws Exception {
        // Laptops moves from Root to Mice: the index learns the new ancestors of its products
        sync(() -> catalog.upsertCategories(List.of(category(laptops, mice, true, "Laptops", "Лаптопи"))));
        Listing underMice = search(Language.EN, query(mice));
        assertEquals(3, underMice.page().total());
        assertEquals(2L, categoryCounts(underMice).get(laptops));
        assertEquals(3L, categoryCounts(underMice).get(mice));

        sync(() -> catalog.upsertCategories(List.of(category(mice, root, false, "Mice", "Мишки"))));
        assertTrue(reader.search(Language.EN, query(mice)).isEmpty(), "a category switched off is no page");
        assertTrue(reader.search(Language.EN, query(laptops)).isEmpty(), "nor is one below it");
        assertEquals(0, search(Language.EN, query(root)).page().total());
        assertTrue(reader.search(Language.EN, query("no-such-" + key)).isEmpty());
    }

    @Test
    void aRebuildBringsInWhatSqlChanged() throws Exception {
        tx.begin();
        rate("AIR", "4.50", 12);
        rate("MOUSE", "3.20", 5);
        tx.commit();
        CatalogQuery fourAndUp = query(root).withMinRating(4);
        assertEquals(0, search(Language.EN, fourAndUp).page().total(), "SQL does not reach the index");

        assertThrows(EJBAccessException.class, () -> index.rebuild(), "only admins and the ERP rebuild");
        long indexed = asAdmin.call(() -> index.rebuild());

        long products =
                em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
        assertEquals(products, indexed);
        assertEquals(products, (long) asAdmin.call(() -> index.documents()));
        Listing rated = search(Language.EN, fourAndUp);
        assertEquals(List.of(sku("AIR")), skus(rated));
        ProductCard air = rated.page().products().get(0);
        assertEquals(0, new BigDecimal("4.50").compareTo(air.ratingAverage()));
        assertEquals(12, air.ratingCount());
        Map<Integer, Long> ratings = new LinkedHashMap<>();
        search(Language.EN, query(root)).facets().ratings().forEach(r -> ratings.put(r.value(), r.count()));
        assertEquals(Map.of(4, 1L, 3, 2L, 2, 2L, 1, 2L), ratings);
    }

    @Test
    void anImportIsMergedIntoOneSegmentAndStaysFound() throws Exception {
        List<ProductData> batch = bulkPads(10);
        sync(() -> catalog.upsert(batch));
        // The ERP's next imports, every product repriced. Lucene's own merge policy joins segments
        // too (all of a small index once ten have gathered), so an import may leave one; the next
        // one leaves two again.
        int afterImport = 1;
        for (int price = 11; price <= 13 && afterImport == 1; price++) {
            List<ProductData> repriced = bulkPads(price);
            sync(() -> catalog.upsert(repriced));
            afterImport = asAdmin.call(() -> index.segments());
        }
        assertTrue(afterImport > 1, "imports leave two segments at least, here " + afterImport);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int segments = afterImport;
        while (segments > 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            segments = asAdmin.call(() -> index.segments());
        }
        assertEquals(1, segments, "merged some seconds after the last import");
        assertEquals(
                batch.size(),
                search(Language.EN, query(mice).withText("pad")).page().total());
    }

    /** An import's worth of mouse pads at this price. */
    private List<ProductData> bulkPads(int price) {
        List<ProductData> pads = new ArrayList<>();
        for (int i = 0; i < CatalogIndexCompaction.IMPORT_SIZE; i++) {
            Map<String, ProductData.Text> texts = Map.of("en", text("Bulk pad " + i, "A mouse pad."));
            pads.add(product("BULK" + i, mice, lumo, price + ".00", 5, texts));
        }
        return pads;
    }

    /** As the community capability will, by a bulk update, which the index does not see. */
    private void rate(String name, String average, int count) {
        em.createQuery("update Product p set p.ratingAverage = :average, p.ratingCount = :count where p.sku = :sku")
                .setParameter("average", new BigDecimal(average))
                .setParameter("count", count)
                .setParameter("sku", sku(name))
                .executeUpdate();
    }

    private CatalogQuery query(String category) {
        return CatalogQuery.all(category, 10);
    }

    private Listing search(Language language, CatalogQuery query) {
        return reader.search(language, query).orElseThrow();
    }

    private static List<String> skus(Listing listing) {
        return listing.page().products().stream().map(ProductCard::sku).toList();
    }

    private static Map<String, Long> brandCounts(Listing listing) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FacetValue<String> brand : listing.facets().brands()) {
            counts.put(brand.value(), brand.count());
        }
        return counts;
    }

    private static Map<String, Long> categoryCounts(Listing listing) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CategoryFacet category : listing.facets().categories()) {
            counts.put(category.slug(), category.count());
        }
        return counts;
    }

    private static Map<String, Long> priceCounts(Listing listing) {
        Map<String, Long> counts = new LinkedHashMap<>();
        listing.facets().prices().forEach(p -> counts.put(p.value().toParam(), p.count()));
        return counts;
    }

    private String sku(String name) {
        return name + "-" + key.toUpperCase();
    }

    private void sync(Callable<SyncReport> call) throws Exception {
        SyncReport report = asAdmin.call(call);
        assertTrue(report.errors().isEmpty(), report::toString);
    }

    private static CategoryData category(String slug, String parent, boolean active, String en, String bg) {
        return new CategoryData(slug, parent, active, Map.of("en", en, "bg", bg));
    }

    /** The mouse as the changes test renames it, with this stock. */
    private ProductData silentMouse(int stock) {
        return product(
                "MOUSE",
                mice,
                lumo,
                "199.00",
                stock,
                Map.of(
                        "en", text("Silent mouse", "Clicks without a sound."),
                        "bg", text("Тиха мишка", "Щрака без звук.")));
    }

    private ProductData product(
            String name, String category, String brand, String net, int stock, Map<String, ProductData.Text> texts) {
        return new ProductData(
                sku(name), category, new BigDecimal(net), new BigDecimal("20"), stock, true, brand, null, null, texts);
    }

    private static ProductData withdrawn(ProductData p) {
        return new ProductData(
                p.sku(),
                p.category(),
                p.netPrice(),
                p.vatRate(),
                p.stock(),
                false,
                p.brand(),
                p.colour(),
                p.imageUrl(),
                p.texts());
    }

    private static ProductData.Text text(String name, String description) {
        return new ProductData.Text(name, description);
    }
}
