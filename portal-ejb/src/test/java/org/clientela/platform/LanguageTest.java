package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void matchesLanguageTagsWhateverTheirRegionOrCase() {
        assertThat(Language.fromTag("bg")).contains(Language.BG);
        assertThat(Language.fromTag("uk-UA")).contains(Language.UK);
        assertThat(Language.fromTag("ru_RU")).contains(Language.RU);
        assertThat(Language.fromTag("EN")).contains(Language.EN);
    }

    @Test
    void knowsNothingOfLanguagesItDoesNotSpeak() {
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag("")).isEmpty();
        assertThat(Language.fromTag(null)).isEmpty();
        assertThat(Language.fromTagOrDefault("fr-FR")).isEqualTo(Language.EN);
    }
}
