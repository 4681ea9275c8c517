package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The switch to Elasticsearch or OpenSearch is configuration only: with {@code
 * clientela.search.backend=elasticsearch} the same persistence.xml boots (no cluster is asked,
 * as version check and schema management are off here), and the index the cluster would be
 * asked to create carries the same analysis as the Lucene backend's. Whether a cluster accepts
 * it is checked only against one.
 */
class ElasticsearchSchemaTest {

    @TempDir
    Path schema;

    @Test
    void theSamePersistenceUnitDescribesAnElasticsearchIndex() throws Exception {
        assertThat(SearchBootstrap.searchProperties(Map.of("clientela.search.backend", "elasticsearch")))
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry(
                        "hibernate.search.backend.analysis.configurer",
                        "org.clientela.store.search.elasticsearch.Analysis");
        try (SessionFactory sessionFactory = SearchBootstrap.sessionFactory(
                "jdbc:h2:mem:es-" + System.nanoTime(),
                Map.of("clientela.search.backend", "elasticsearch"),
                Map.of(
                        "hibernate.search.backend.version", "8.15",
                        "hibernate.search.backend.version_check.enabled", "false",
                        "hibernate.search.schema_management.strategy", "none"))) {
            Search.mapping(sessionFactory).scope(Product.class).schemaManager().exportExpectedSchema(schema);
        }
        JsonObject index;
        try (Stream<Path> files = Files.walk(schema)) {
            Path created = files.filter(f -> f.getFileName().toString().equals("create-index.json"))
                    .findFirst()
                    .orElseThrow();
            index = JsonParser.parseString(Files.readString(created)).getAsJsonObject();
        }
        JsonObject analysis = index.getAsJsonObject("settings").getAsJsonObject("analysis");
        assertThat(analysis.getAsJsonObject("analyzer").keySet())
                .containsExactlyInAnyOrder("text_en", "text_bg", "text_ru", "text_uk");
        assertThat(analysis.getAsJsonObject("normalizer").keySet()).containsExactly("sort");
        assertThat(strings(analysis.getAsJsonObject("analyzer").getAsJsonObject("text_bg"), "filter"))
                .containsExactly("lowercase", "clientela_bg_stop", "clientela_bg_stem", "asciifolding");
        assertThat(strings(analysis.getAsJsonObject("filter").getAsJsonObject("clientela_uk_stop"), "stopwords"))
                .contains("також", "що")
                .doesNotContain("# Ukrainian stop words");
        assertThat(strings(analysis.getAsJsonObject("char_filter").getAsJsonObject("clientela_ru_fold"), "mappings"))
                .contains("ё => е", "\\u0301 => ");
        assertThat(index.getAsJsonObject("mappings")
                        .getAsJsonObject("properties")
                        .keySet())
                .contains("name_bg", "description_uk", "brand_ru", "nameSort_en", "categoryPath", "grossPrice")
                .contains("inStock", "ratingAverage", "updatedAt", "sku", "brand", "active");
    }

    private static List<String> strings(JsonObject object, String member) {
        List<String> values = new ArrayList<>();
        object.getAsJsonArray(member).forEach(value -> values.add(value.getAsString()));
        return values;
    }
}
