package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every validation message of Clientela's constraints exists in every language. */
class ValidationMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"bg", "uk", "ru", "en"})
    void everyLanguageHasExactlyTheBaseKeys(String language) throws IOException {
        Properties base = load("ValidationMessages");
        Properties translated = load("ValidationMessages_" + language);
        assertThat(translated.keySet()).isEqualTo(base.keySet());
        assertThat(translated.values())
                .allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
