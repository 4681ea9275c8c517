package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts take the words their language's plural rules ask for: English and Bulgarian say one and
 * other ("1 answer", "2 answers"), Ukrainian and Russian also few and many ("2 ответа", "5
 * ответов", "21 ответ"). Shown for 1, 2, 5 and 21, where the Slavic forms part.
 */
class PluralsTest {

    @Test
    void english() throws IOException {
        assertForms("en", "community.answerCount", "1 answer", "2 answers", "5 answers", "21 answers");
        assertForms("en", "review.count", "1 review", "2 reviews", "5 reviews", "21 reviews");
        assertForms("en", "kb.count", "1 entry", "2 entries", "5 entries", "21 entries");
        assertThat(Texts.format(load("en").getProperty("crm.reason.SUPPORTER"), Locale.ENGLISH, 1L, 1L))
                .isEqualTo("1 positive review, 1 accepted answer");
    }

    @Test
    void bulgarian() throws IOException {
        assertForms("bg", "community.answerCount", "1 отговор", "2 отговора", "5 отговора", "21 отговора");
        assertForms("bg", "review.starsLabel", "1 звезда", "2 звезди", "5 звезди", "21 звезди");
        assertForms("bg", "kb.count", "1 запис", "2 записа", "5 записа", "21 записа");
    }

    @Test
    void ukrainian() throws IOException {
        assertForms("uk", "community.answerCount", "1 відповідь", "2 відповіді", "5 відповідей", "21 відповідь");
        assertForms("uk", "review.count", "1 відгук", "2 відгуки", "5 відгуків", "21 відгук");
        assertForms("uk", "review.starsLabel", "1 зірка", "2 зірки", "5 зірок", "21 зірка");
        assertForms("uk", "crm.reason.REPEAT_BUYER", "1 замовлення", "2 замовлення", "5 замовлень", "21 замовлення");
    }

    @Test
    void russian() throws IOException {
        assertForms("ru", "community.answerCount", "1 ответ", "2 ответа", "5 ответов", "21 ответ");
        assertForms("ru", "review.count", "1 отзыв", "2 отзыва", "5 отзывов", "21 отзыв");
        assertForms("ru", "kb.count", "1 запись", "2 записи", "5 записей", "21 запись");
        assertThat(Texts.format(load("ru").getProperty("review.limit.question"), Locale.forLanguageTag("ru"), 5))
                .contains("не более 5 вопросов в час");
    }

    /** Every count in every bundle has all the forms its language distinguishes, and formats. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "bg", "uk", "ru"})
    void everyPluralHasTheFormsOfItsLanguage(String tag) throws IOException {
        Properties bundle = load(tag);
        boolean slavicFewAndMany = tag.equals("uk") || tag.equals("ru");
        assertThat(bundle.stringPropertyNames())
                .anySatisfy(key -> assertThat(bundle.getProperty(key)).contains(",plural,"));
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            if (!pattern.contains(",plural,")) {
                continue;
            }
            assertThat(pattern).as(key).contains("one{").contains("other{");
            if (slavicFewAndMany) {
                assertThat(pattern).as(key).contains("few{").contains("many{");
            }
            LongStream.of(0, 1, 2, 5, 11, 21, 22, 25, 101)
                    .forEach(n -> assertThat(Texts.format(pattern, Locale.forLanguageTag(tag), n))
                            .as(key + " with " + n)
                            .contains(Long.toString(n)));
        }
    }

    private static void assertForms(String tag, String key, String one, String two, String five, String twentyOne)
            throws IOException {
        String pattern = load(tag).getProperty(key);
        Locale locale = Locale.forLanguageTag(tag);
        assertThat(Texts.format(pattern, locale, 1L)).as(key).isEqualTo(one);
        assertThat(Texts.format(pattern, locale, 2L)).as(key).isEqualTo(two);
        assertThat(Texts.format(pattern, locale, 5L)).as(key).isEqualTo(five);
        assertThat(Texts.format(pattern, locale, 21L)).as(key).isEqualTo(twentyOne);
    }

    private static Properties load(String tag) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                PluralsTest.class.getResourceAsStream("/org/clientela/web/messages_" + tag + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
