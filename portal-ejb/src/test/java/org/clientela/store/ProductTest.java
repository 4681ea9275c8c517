package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.clientela.platform.Language;
import org.junit.jupiter.api.Test;

/** A product guards its SKU, prices and stock, and works its gross price out to the cent. */
class ProductTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Map<Language, ProductText> TEXTS = Map.of(Language.EN, new ProductText("Lamp", null));

    @Test
    void theGrossPriceIsNetPlusVatRoundedHalfUpToTheCent() {
        assertThat(product("19.99", "9", 1).grossPrice()).isEqualByComparingTo("21.79"); // 21.7891
        assertThat(product("0.05", "10", 1).grossPrice()).isEqualByComparingTo("0.06"); // 0.055
        assertThat(product("1000.00", "20", 1).grossPrice()).isEqualByComparingTo("1200.00");
        assertThat(product("10.00", "0", 1).grossPrice()).isEqualByComparingTo("10.00");
    }

    @Test
    void negativeFiguresAndABadSkuAreRefused() {
        assertThatThrownBy(() -> product("-1", "20", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> product("1", "100", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> product("1", "20", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Product("bad sku", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Product("NB-1", NOW).describe(data("1", "20", 1), Map.of(), null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRatingHasAnAverageExactlyWhenThereAreReviews() {
        Product product = product("10.00", "20", 1);
        product.rate(new BigDecimal("4.5"), 2);
        assertThat(product.getRatingAverage()).isEqualByComparingTo("4.50");
        assertThat(product.getRatingCount()).isEqualTo(2);
        product.rate(null, 0);
        assertThat(product.getRatingAverage()).isNull();
        assertThat(product.getRatingCount()).isZero();
        assertThatThrownBy(() -> product.rate(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> product.rate(BigDecimal.ONE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> product.rate(new BigDecimal("5.01"), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> product.rate(new BigDecimal("0.99"), 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameDescriptionTwiceIsNoChange() {
        Product product = product("10.00", "20", 3);
        assertThat(product.describe(data("10", "20.00", 3), TEXTS, product.getCategory(), NOW))
                .isFalse();
        assertThat(product.describe(data("10", "20", 2), TEXTS, product.getCategory(), NOW))
                .isTrue();
        assertThat(product.getStock()).isEqualTo(2);
        assertThat(product.isInStock()).isTrue();
    }

    private static Product product(String net, String vat, int stock) {
        Product product = new Product("NB-1", NOW);
        product.describe(data(net, vat, stock), TEXTS, new CatalogCategory("lamps"), NOW);
        return product;
    }

    private static ProductData data(String net, String vat, int stock) {
        return new ProductData(
                "NB-1",
                "lamps",
                new BigDecimal(net),
                new BigDecimal(vat),
                stock,
                null,
                null,
                null,
                null,
                Map.of("en", new ProductData.Text("Lamp", null)));
    }
}
