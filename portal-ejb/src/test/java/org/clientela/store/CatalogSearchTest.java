package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.clientela.platform.Language;
import org.clientela.store.CatalogQuery.Sort;
import org.clientela.store.CatalogReader.CategoryFacet;
import org.clientela.store.CatalogReader.FacetValue;
import org.clientela.store.CatalogReader.Listing;
import org.clientela.store.CatalogReader.ProductCard;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog search without a server: the migrated schema on H2, Hibernate ORM and Search as
 * WildFly ships them, the Lucene backend in a temporary directory, configured by the search
 * properties of the real persistence.xml. Products and categories go in through {@link
 * CatalogSync}, as the ERP's do.
 */
class CatalogSearchTest {

    @TempDir
    Path indexDir;

    EntityManagerFactory emf;
    EntityManager em;

    @BeforeEach
    void catalog() throws Exception {
        String url = "jdbc:h2:mem:search-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // the migrations made the schema: it must be the one the entities expect
        emf = SearchBootstrap.sessionFactory(
                url,
                Map.of("clientela.search.index-dir", indexDir.toString()),
                Map.of("hibernate.hbm2ddl.auto", "validate"));
        em = emf.createEntityManager();

        inTransaction(sync -> sync.upsertCategories(List.of(
                category("computers", null, true, "Computers", "Компютри"),
                category("laptops", "computers", true, "Laptops", "Лаптопи"),
                category("accessories", null, true, "Accessories", "Аксесоари"),
                category("archive", null, false, "Archive", "Архив"),
                category("old-laptops", "archive", true, "Old laptops", "Стари лаптопи"))));
        inTransaction(sync -> sync.upsert(List.of(
                product(
                        "NB-AIR",
                        "laptops",
                        "Acme",
                        "899.00",
                        12,
                        Map.of(
                                "en", text("Air 13 laptop", "Light and quiet, a full day on one charge."),
                                "bg", text("Лаптоп Air 13", "Лек и тих, цял ден на едно зареждане."),
                                "ru", text("Ноутбук Air 13", "Лёгкий и тихий ноутбук."),
                                "uk", text("Ноутбук Air 13", "Легкий комп’ютер для ґанку і дому."))),
                product(
                        "NB-EDU",
                        "laptops",
                        "Lumo",
                        "349.00",
                        0,
                        Map.of("en", text("Edu 11 laptop", "A sturdy first laptop for school."))),
                product(
                        "MS-WL",
                        "accessories",
                        "Lumo",
                        "24.90",
                        80,
                        Map.of(
                                "en", text("Wireless mouse", "Two years on one battery."),
                                "bg", text("Безжична мишка", "Две години с една батерия."))),
                product(
                        "KB-BT",
                        "accessories",
                        "Acme",
                        "59.00",
                        25,
                        Map.of("en", text("Bluetooth keyboard for laptops", "Pairs with three devices."))),
                product(
                        "NB-OLD",
                        "old-laptops",
                        "Acme",
                        "99.00",
                        5,
                        Map.of("en", text("Old laptop", "From a category that is switched off."))))));
        inTransaction(sync -> sync.upsert(List.of(inactive(product(
                "NB-OFF",
                "laptops",
                "Acme",
                "10.00",
                5,
                Map.of("en", text("Withdrawn laptop", "Not sold any more.")))))));
        em.clear();
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    @Test
    void everythingActiveInActiveCategoriesWithItsFacets() {
        Listing all = search(Language.EN, CatalogQuery.all(null, 10));

        assertThat(skus(all)).containsExactlyInAnyOrder("NB-AIR", "NB-EDU", "MS-WL", "KB-BT");
        assertThat(all.page().total()).isEqualTo(4);
        assertThat(all.categoryName()).isNull();
        assertThat(all.facets().categories())
                .extracting(CategoryFacet::slug, CategoryFacet::depth, CategoryFacet::count)
                .containsExactly(tuple("accessories", 0, 2L), tuple("computers", 0, 2L), tuple("laptops", 1, 2L));
        assertThat(all.facets().brands())
                .extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("Acme", 2L), tuple("Lumo", 2L));
        // gross prices: 29.88, 70.80, 418.80, 1078.80
        assertThat(all.facets().prices())
                .extracting(p -> p.value().toParam(), FacetValue::count)
                .containsExactly(tuple("-50", 1L), tuple("50-200", 1L), tuple("200-500", 1L), tuple("1000-", 1L));
        assertThat(all.facets().inStock()).isEqualTo(3);
        assertThat(all.facets().ratings()).isEmpty();

        assertThat(search(Language.BG, CatalogQuery.all(null, 10)).facets().categories())
                .extracting(CategoryFacet::name)
                .containsExactly("Аксесоари", "Компютри", "Лаптопи");
    }

    @Test
    void wordsAreFoundInTheVisitorsLanguageStemmedAndFolded() {
        assertThat(skus(search(Language.EN, "laptops"))).containsExactlyInAnyOrder("NB-AIR", "NB-EDU", "KB-BT");
        assertThat(skus(search(Language.EN, "mouse"))).containsExactly("MS-WL");
        // Bulgarian stems: plural and definite forms find the singular
        assertThat(skus(search(Language.BG, "лаптопите"))).containsExactly("NB-AIR");
        assertThat(skus(search(Language.BG, "мишки"))).containsExactly("MS-WL");
        // a product without Bulgarian text is found by its English one
        assertThat(skus(search(Language.BG, "keyboard"))).containsExactly("KB-BT");
        assertThat(skus(search(Language.RU, "ноутбуков"))).containsExactly("NB-AIR");
        assertThat(skus(search(Language.RU, "легкий"))).as("ё is е").containsExactly("NB-AIR");
        // Ukrainian: no stemmer, but every apostrophe and ґ are folded
        assertThat(skus(search(Language.UK, "компютер"))).containsExactly("NB-AIR");
        assertThat(skus(search(Language.UK, "комп'ютер"))).containsExactly("NB-AIR");
        assertThat(skus(search(Language.UK, "ганку"))).containsExactly("NB-AIR");
        // the visitor's language only: English words find nothing in a Bulgarian name
        assertThat(skus(search(Language.BG, "wireless"))).isEmpty();
    }

    @Test
    void brandsAndSkusAreFoundAndTheSearchBoxSyntaxNeverFails() {
        assertThat(skus(search(Language.EN, "acme laptop"))).containsExactlyInAnyOrder("NB-AIR", "KB-BT");
        assertThat(skus(search(Language.EN, "nb-edu"))).containsExactly("NB-EDU");
        assertThat(skus(search(Language.EN, "laptop for school"))).containsExactly("NB-EDU");
        assertThat(skus(search(Language.EN, "laptop -school"))).containsExactlyInAnyOrder("NB-AIR", "KB-BT");
        assertThat(skus(search(Language.EN, "lapt*"))).containsExactlyInAnyOrder("NB-AIR", "NB-EDU", "KB-BT");
        assertThat(search(Language.EN, "\"unbalanced -").page().total()).isZero();
        // the name weighs more than the description
        assertThat(skus(search(Language.EN, "laptop")).get(0)).isNotEqualTo("KB-BT");
    }

    @Test
    void eachFacetCountsWithEveryFilterButItsOwn() {
        CatalogQuery acme = CatalogQuery.all(null, 10).withBrands(List.of("Acme"));
        Listing byAcme = search(Language.EN, acme);
        assertThat(skus(byAcme)).containsExactlyInAnyOrder("NB-AIR", "KB-BT");
        assertThat(byAcme.facets().brands())
                .extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .containsExactly(tuple("Acme", 2L, true), tuple("Lumo", 2L, false));
        assertThat(byAcme.facets().categories())
                .extracting(CategoryFacet::slug, CategoryFacet::count)
                .containsExactly(tuple("accessories", 1L), tuple("computers", 1L), tuple("laptops", 1L));
        assertThat(byAcme.facets().inStock()).isEqualTo(2);

        Listing both = search(Language.EN, acme.withBrands(List.of("Acme", "Lumo", "Nobody")));
        assertThat(both.page().total()).isEqualTo(4);
        assertThat(both.facets().brands())
                .extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .containsExactly(tuple("Acme", 2L, true), tuple("Lumo", 2L, true), tuple("Nobody", 0L, true));

        // a category lists its subcategories' products; the navigation still counts the others
        Listing computers = search(Language.EN, CatalogQuery.all("computers", 10));
        assertThat(computers.categoryName()).isEqualTo("Computers");
        assertThat(skus(computers)).containsExactlyInAnyOrder("NB-AIR", "NB-EDU");
        assertThat(computers.facets().categories())
                .extracting(CategoryFacet::slug, CategoryFacet::count)
                .containsExactly(tuple("accessories", 2L), tuple("computers", 2L), tuple("laptops", 2L));
        assertThat(computers.facets().brands())
                .extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("Acme", 1L), tuple("Lumo", 1L));

        Listing cheap = search(Language.EN, CatalogQuery.all(null, 10).withPrice(PriceRange.BANDS.get(1)));
        assertThat(skus(cheap)).containsExactly("KB-BT");
        assertThat(cheap.facets().prices())
                .hasSize(4)
                .filteredOn(FacetValue::selected)
                .hasSize(1);
        Listing ownRange = search(
                Language.EN,
                CatalogQuery.all(null, 10)
                        .withPrice(PriceRange.fromParam("20-80").orElseThrow()));
        assertThat(skus(ownRange)).containsExactlyInAnyOrder("MS-WL", "KB-BT");
        assertThat(ownRange.facets().prices())
                .filteredOn(FacetValue::selected)
                .extracting(FacetValue::count)
                .containsExactly(2L);

        Listing inStock = search(Language.EN, CatalogQuery.all("laptops", 10).withInStockOnly(true));
        assertThat(skus(inStock)).containsExactly("NB-AIR");
        assertThat(inStock.facets().inStock()).isEqualTo(1);
        assertThat(inStock.facets().brands()).extracting(FacetValue::value).containsExactly("Acme");
    }

    @Test
    void sortsAndPagesWithoutRepeatingOrSkipping() {
        CatalogQuery all = CatalogQuery.all(null, 3);
        assertThat(skus(search(Language.EN, all.withSort(Sort.PRICE_ASC)))).containsExactly("MS-WL", "KB-BT", "NB-EDU");
        assertThat(skus(search(Language.EN, all.withSort(Sort.PRICE_DESC).withPage(1))))
                .containsExactly("MS-WL");
        assertThat(skus(search(Language.EN, all.withSort(Sort.NAME)))).containsExactly("NB-AIR", "KB-BT", "NB-EDU");
        assertThat(skus(search(Language.BG, all.withSort(Sort.NAME))))
                .as("Bulgarian names, English where there is none")
                .containsExactly("KB-BT", "NB-EDU", "MS-WL");

        List<String> seen = new ArrayList<>();
        Listing first = search(Language.EN, all.withSort(Sort.NEWEST));
        seen.addAll(skus(first));
        seen.addAll(skus(search(Language.EN, all.withSort(Sort.NEWEST).withPage(1))));
        assertThat(first.page().total()).isEqualTo(4);
        assertThat(first.page().pages()).isEqualTo(2);
        assertThat(seen).containsExactlyInAnyOrder("NB-AIR", "NB-EDU", "MS-WL", "KB-BT");
    }

    @Test
    void unknownSwitchedOffAndHiddenCategoriesAreNoListing() {
        assertThat(new CatalogSearch(em).search(Language.EN, CatalogQuery.all("nowhere", 10)))
                .isEmpty();
        assertThat(new CatalogSearch(em).search(Language.EN, CatalogQuery.all("archive", 10)))
                .isEmpty();
        assertThat(new CatalogSearch(em).search(Language.EN, CatalogQuery.all("old-laptops", 10)))
                .as("active, but below a category switched off")
                .isEmpty();
    }

    @Test
    void changesThroughTheEntitiesAreIndexedAtCommit() {
        inTransaction(sync -> sync.upsert(List.of(product(
                "MS-WL",
                "accessories",
                "Lumo",
                "249.00",
                0,
                Map.of("en", text("Silent mouse", "Clicks without a sound."))))));
        em.clear();
        assertThat(skus(search(Language.EN, "wireless"))).isEmpty();
        Listing silent = search(Language.EN, "silent");
        assertThat(silent.page().products())
                .extracting(ProductCard::sku, ProductCard::grossPrice, ProductCard::inStock)
                .containsExactly(tuple("MS-WL", new BigDecimal("298.80"), false));
        assertThat(skus(search(Language.EN, CatalogQuery.all(null, 10).withInStockOnly(true))))
                .doesNotContain("MS-WL");
        assertThat(search(Language.EN, CatalogQuery.all(null, 10)).facets().prices())
                .extracting(p -> p.value().toParam(), FacetValue::count)
                .contains(tuple("200-500", 2L));

        inTransaction(sync -> sync.upsert(List.of(inactive(product(
                "KB-BT",
                "accessories",
                "Acme",
                "59.00",
                25,
                Map.of("en", text("Bluetooth keyboard for laptops", "Pairs with three devices.")))))));
        em.clear();
        assertThat(skus(search(Language.EN, "keyboard"))).isEmpty();
    }

    @Test
    void productsFollowTheirCategoryWhenItMoves() {
        inTransaction(
                sync -> sync.upsertCategories(List.of(category("laptops", "accessories", true, "Laptops", "Лаптопи"))));
        em.clear();
        assertThat(skus(search(Language.EN, CatalogQuery.all("accessories", 10))))
                .containsExactlyInAnyOrder("MS-WL", "KB-BT", "NB-AIR", "NB-EDU");
        assertThat(skus(search(Language.EN, CatalogQuery.all("computers", 10)))).isEmpty();

        // switching a category off hides its products at once, no reindexing needed
        inTransaction(sync ->
                sync.upsertCategories(List.of(category("accessories", null, false, "Accessories", "Аксесоари"))));
        em.clear();
        assertThat(search(Language.EN, CatalogQuery.all(null, 10)).page().total())
                .isZero();
    }

    @Test
    void whatSqlChangedIsFoundAfterARebuild() throws Exception {
        em.getTransaction().begin();
        em.createNativeQuery("update product set rating_average = 4.50, rating_count = 12 where sku = 'NB-AIR'")
                .executeUpdate();
        em.createNativeQuery("update product set rating_average = 3.20, rating_count = 5 where sku = 'MS-WL'")
                .executeUpdate();
        em.getTransaction().commit();
        em.clear();
        CatalogQuery threeAndMore = CatalogQuery.all(null, 10).withMinRating(3);
        assertThat(search(Language.EN, threeAndMore).page().total())
                .as("not indexed yet")
                .isZero();

        CatalogIndex.massIndexer(emf).startAndWait();

        Listing rated = search(Language.EN, threeAndMore);
        assertThat(skus(rated)).containsExactlyInAnyOrder("NB-AIR", "MS-WL");
        assertThat(rated.page().products())
                .filteredOn(card -> card.sku().equals("NB-AIR"))
                .extracting(ProductCard::ratingAverage, ProductCard::ratingCount)
                .containsExactly(tuple(new BigDecimal("4.50"), 12));
        assertThat(rated.facets().ratings())
                .extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .containsExactly(tuple(4, 1L, false), tuple(3, 2L, true), tuple(2, 2L, false), tuple(1, 2L, false));
        assertThat(CatalogIndex.documents(em)).as("inactive products too").isEqualTo(6);
    }

    @Test
    void theBackOfficeListsProductsActiveOrNotBySkuOrEnglishNameAndEveryCategory() {
        em.getTransaction().begin();
        List<Product> all;
        List<Product> laptops;
        List<CatalogCategory> categories;
        try {
            CatalogSync sync = sync();
            all = sync.products(null, 500);
            laptops = sync.products(" LAPTOP ", 10);
            assertThat(sync.products("nb-", 10))
                    .extracting(Product::getSku)
                    .containsExactly("NB-OFF", "NB-OLD", "NB-EDU", "NB-AIR");
            assertThat(sync.products("Ноутбук", 10)).as("English names only").isEmpty();
            assertThat(sync.products("%_", 10))
                    .as("wildcards are plain characters")
                    .isEmpty();
            assertThat(sync.products("", 2)).hasSize(2);
            categories = sync.categories();
        } finally {
            em.getTransaction().commit();
            em.clear();
        }
        assertThat(all)
                .as("newest first, inactive ones and those in inactive categories too")
                .extracting(Product::getSku)
                .containsExactly("NB-OFF", "NB-OLD", "KB-BT", "MS-WL", "NB-EDU", "NB-AIR");
        assertThat(laptops)
                .extracting(Product::getSku, p -> p.getCategory().getSlug())
                .containsExactly(
                        tuple("NB-OFF", "laptops"),
                        tuple("NB-OLD", "old-laptops"),
                        tuple("KB-BT", "accessories"),
                        tuple("NB-EDU", "laptops"),
                        tuple("NB-AIR", "laptops"));
        assertThat(categories)
                .extracting(
                        CatalogCategory::getSlug,
                        c -> c.getParent() == null ? null : c.getParent().getSlug(),
                        CatalogCategory::isActive,
                        c -> c.nameIn(Language.BG))
                .containsExactly(
                        tuple("accessories", null, true, "Аксесоари"),
                        tuple("archive", null, false, "Архив"),
                        tuple("computers", null, true, "Компютри"),
                        tuple("laptops", "computers", true, "Лаптопи"),
                        tuple("old-laptops", "archive", true, "Стари лаптопи"));
    }

    private Listing search(Language language, String text) {
        return search(language, CatalogQuery.all(null, 10).withText(text));
    }

    private Listing search(Language language, CatalogQuery query) {
        em.getTransaction().begin();
        try {
            return new CatalogSearch(em).search(language, query).orElseThrow();
        } finally {
            em.getTransaction().commit();
            em.clear();
        }
    }

    private static List<String> skus(Listing listing) {
        return listing.page().products().stream().map(ProductCard::sku).toList();
    }

    private void inTransaction(Function<CatalogSync, SyncReport> work) {
        em.getTransaction().begin();
        SyncReport report = work.apply(sync());
        em.getTransaction().commit();
        assertThat(report.errors()).isEmpty();
    }

    /**
     * The ERP's service with this test's entity manager, a validator that finds nothing to say and
     * an event that nobody observes.
     */
    private CatalogSync sync() {
        try {
            CatalogSync sync = new CatalogSync();
            set(sync, "em", em);
            set(
                    sync,
                    "validator",
                    Proxy.newProxyInstance(
                            getClass().getClassLoader(),
                            new Class<?>[] {Validator.class},
                            (proxy, method, args) -> method.getName().equals("validate") ? Set.of() : null));
            // no container to merge the index after an import: the event goes nowhere
            set(
                    sync,
                    "imported",
                    Proxy.newProxyInstance(
                            getClass().getClassLoader(), new Class<?>[] {Event.class}, (proxy, method, args) -> null));
            return sync;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static CategoryData category(String slug, String parent, boolean active, String en, String bg) {
        return new CategoryData(slug, parent, active, Map.of("en", en, "bg", bg));
    }

    private static ProductData product(
            String sku, String category, String brand, String net, int stock, Map<String, ProductData.Text> texts) {
        return new ProductData(
                sku, category, new BigDecimal(net), new BigDecimal("20"), stock, true, brand, null, null, texts);
    }

    private static ProductData inactive(ProductData p) {
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
