package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.clientela.store.CatalogQuery.Sort;
import org.junit.jupiter.api.Test;

/** A listing's address says everything it asks, and reads back as the same question. */
class CatalogViewTest {

    @Test
    void anAddressReadsAsAQueryAndBack() {
        CatalogQuery query = CatalogView.query(
                Map.of(
                        "category", new String[] {"laptops"},
                        "q", new String[] {"лаптоп & co"},
                        "brand", new String[] {"Acme", "Lumo Plus"},
                        "price", new String[] {"50-200"},
                        "stock", new String[] {"1"},
                        "rating", new String[] {"4"},
                        "sort", new String[] {"price-asc"},
                        "page", new String[] {"3"}),
                24);

        assertThat(query.text()).isEqualTo("лаптоп & co");
        assertThat(query.category()).isEqualTo("laptops");
        assertThat(query.brands()).containsExactly("Acme", "Lumo Plus");
        assertThat(query.price()).isEqualTo(new PriceRange(new BigDecimal("50"), new BigDecimal("200")));
        assertThat(query.inStockOnly()).isTrue();
        assertThat(query.minRating()).isEqualTo(4);
        assertThat(query.sort()).isEqualTo(Sort.PRICE_ASC);
        assertThat(query.page()).isEqualTo(2);
        assertThat(CatalogView.link(query))
                .isEqualTo("/catalog/laptops?q=%D0%BB%D0%B0%D0%BF%D1%82%D0%BE%D0%BF+%26+co&brand=Acme"
                        + "&brand=Lumo+Plus&price=50-200&stock=1&rating=4&sort=price-asc&page=3");
    }

    @Test
    void whatAnAddressGetsWrongIsLeftOut() {
        CatalogQuery query = CatalogView.query(
                Map.of(
                        "q", new String[] {"  "},
                        "price", new String[] {"200-50"},
                        "stock", new String[] {"yes"},
                        "rating", new String[] {"9"},
                        "sort", new String[] {"cheapest"},
                        "page", new String[] {"999999"}),
                24);

        assertThat(query.text()).isEmpty();
        assertThat(query.category()).isNull();
        assertThat(query.price()).isNull();
        assertThat(query.inStockOnly()).isFalse();
        assertThat(query.minRating()).isNull();
        assertThat(query.sort()).isEqualTo(Sort.RELEVANCE);
        assertThat(query.page()).as("the last page a search reaches").isEqualTo(CatalogQuery.lastPage(24));
        assertThat(CatalogView.link(query.withPage(0))).isEqualTo("/catalog");
        assertThat(CatalogView.query(Map.of("page", new String[] {"-3"}), 24).page())
                .isZero();
    }

    @Test
    void priceRangesAreWrittenWithOpenEnds() {
        assertThat(PriceRange.BANDS)
                .extracting(PriceRange::toParam)
                .containsExactly("-50", "50-200", "200-500", "500-1000", "1000-");
        assertThat(PriceRange.BANDS)
                .allSatisfy(
                        band -> assertThat(PriceRange.fromParam(band.toParam())).contains(band));
        assertThat(PriceRange.fromParam("19.99-")).contains(new PriceRange(new BigDecimal("19.99"), null));
        assertThat(PriceRange.fromParam("-")).isEmpty();
        assertThat(PriceRange.fromParam("1e3-")).isEmpty();
        assertThat(CatalogQuery.all(null, 24)
                        .withBrands(List.of("Acme", "Acme", " "))
                        .brands())
                .containsExactly("Acme");
    }
}
