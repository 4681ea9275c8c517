package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.clientela.store.CatalogErrors.Target;
import org.junit.jupiter.api.Test;

/** A refused item's error lands next to the field that caused it, with a text of the page's bundle. */
class CatalogErrorsTest {

    @Test
    void aProductsFieldsAndTextsHaveTheirPlaces() {
        assertThat(CatalogErrors.ofProduct("netPrice"))
                .isEqualTo(new Target("netPrice", "staffCatalog.error.netPrice"));
        assertThat(CatalogErrors.ofProduct("category"))
                .isEqualTo(new Target("category", "staffCatalog.error.category"));
        assertThat(CatalogErrors.ofProduct("texts")).isEqualTo(new Target("name_en", "staffCatalog.error.texts"));
        assertThat(CatalogErrors.ofProduct("texts[bg].name"))
                .isEqualTo(new Target("name_bg", "staffCatalog.error.name"));
        assertThat(CatalogErrors.ofProduct("texts[uk].<map value>"))
                .isEqualTo(new Target("name_uk", "staffCatalog.error.name"));
        assertThat(CatalogErrors.ofProduct("texts[ru].description"))
                .isEqualTo(new Target("description_ru", "staffCatalog.error.description"));
    }

    @Test
    void aCategorysFieldsAndNamesHaveTheirPlaces() {
        assertThat(CatalogErrors.ofCategory("slug")).isEqualTo(new Target("slug", "staffCatalog.error.slug"));
        assertThat(CatalogErrors.ofCategory("parent")).isEqualTo(new Target("parent", "staffCatalog.error.parent"));
        assertThat(CatalogErrors.ofCategory("names")).isEqualTo(new Target("name_en", "staffCatalog.error.names"));
        assertThat(CatalogErrors.ofCategory("names[bg].<map value>"))
                .isEqualTo(new Target("name_bg", "staffCatalog.error.categoryName"));
    }

    @Test
    void whatNoFieldShowsIsSaidAboveTheFormInTheServicesWords() {
        assertThat(CatalogErrors.ofProduct("items")).isEqualTo(new Target(null, null));
        assertThat(CatalogErrors.ofProduct("texts.de")).isEqualTo(new Target(null, null));
        assertThat(CatalogErrors.ofCategory(null)).isEqualTo(new Target(null, null));
    }

    @Test
    void everyTextExistsInTheBundle() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/clientela/web/messages_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Stream.of(
                        "sku",
                        "category",
                        "netPrice",
                        "vatRate",
                        "stock",
                        "brand",
                        "colour",
                        "imageUrl",
                        "texts",
                        "texts[en].name",
                        "texts[en].description")
                .map(CatalogErrors::ofProduct)
                .forEach(target -> assertThat(english).containsKey(target.key()));
        Stream.of("slug", "parent", "names", "names[en].<map value>")
                .map(CatalogErrors::ofCategory)
                .forEach(target -> assertThat(english).containsKey(target.key()));
    }
}
