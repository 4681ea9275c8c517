package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every UI text exists in every language: a missing key would show as ???key??? to someone. */
class BundlesTest {

    @ParameterizedTest
    @CsvSource({"messages,bg", "messages,uk", "messages,ru", "validation,bg", "validation,uk", "validation,ru"})
    void everyLanguageHasExactlyTheEnglishKeys(String bundle, String language) throws IOException {
        Properties english = load(bundle + "_en");
        Properties translated = load(bundle + "_" + language);
        assertThat(translated.keySet()).isEqualTo(english.keySet());
        assertThat(translated.values())
                .allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    @ParameterizedTest
    @CsvSource({"messages", "validation"})
    void theBaseBundleIsEnglish(String bundle) throws IOException {
        assertThat(load(bundle)).isEqualTo(load(bundle + "_en"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/clientela/web/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
