package org.clientela.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import org.clientela.platform.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTemplateRendersInEveryLanguage(Language language) {
        for (MailTemplate template : MailTemplate.values()) {
            RenderedMail mail = MailTemplates.render(template, language, sampleArguments(template));
            assertThat(mail.subject()).isNotBlank().doesNotContain("{0}");
            assertThat(mail.text()).isNotBlank().doesNotContain("{0}");
            assertThat(mail.html()).contains("lang=\"" + language.tag() + "\"");
        }
    }

    /** Arguments of the kinds each template formats; a new template must say what it takes. */
    static Object[] sampleArguments(MailTemplate template) {
        Date inAWeek = Date.from(Instant.now().plus(Duration.ofDays(7)));
        return switch (template) {
            case WELCOME -> new Object[] {"Olena"};
            case INVITATION -> new Object[] {"Olena", "Olena K", "- see", "http://localhost/invitation", inAWeek};
            case NEWS_CONFIRMATION -> new Object[] {"http://localhost/subscription/confirm", inAWeek};
            case NEWS_ARTICLE -> new Object[] {"Title", "Summary", "http://localhost/news", "http://localhost/out"};
            case NEWS_DIGEST -> new Object[] {2, "- One\n- Two", "http://localhost/out"};
            case ORDER_PLACED ->
                new Object[] {
                    "CL-000051",
                    "2 × Mug — €10.00",
                    "€14.90",
                    "Standard",
                    "Olena, Sofia",
                    "http://localhost/account/order"
                };
            case ORDER_SHIPPED ->
                new Object[] {
                    "CL-000051", "DHL", "JD0001", "https://track.example/JD0001", "http://localhost/account/order"
                };
            case ORDER_CANCELLED -> new Object[] {"CL-000051", "http://localhost/account/order"};
            case REVIEW_HIDDEN -> new Object[] {"Olena", "Kettle", "Insults another customer"};
            case NOTICE ->
                new Object[] {
                    "Your order is confirmed",
                    "CL-000051",
                    "http://localhost/account/order?id=51",
                    "http://localhost/account/notifications"
                };
            case REQUEST_ANSWERED ->
                new Object[] {"CS-00051", "Parcel late", "It left today.", "http://localhost/account/case?id=51"};
        };
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasExactlyTheEnglishKeys(Language language) {
        Set<String> english = keys(Language.EN);
        assertThat(keys(language)).isEqualTo(english);
    }

    @Test
    void speaksTheRecipientsLanguage() {
        assertThat(MailTemplates.render(MailTemplate.WELCOME, Language.BG, "Иван")
                        .subject())
                .isEqualTo("Добре дошли в Clientela, Иван");
        assertThat(MailTemplates.render(MailTemplate.WELCOME, Language.UK, "Олена")
                        .subject())
                .isEqualTo("Ласкаво просимо до Clientela, Олена");
    }

    @Test
    void digestSubjectsCountInTheirLanguage() {
        assertThat(MailTemplates.render(MailTemplate.NEWS_DIGEST, Language.EN, 1, "- One", "u")
                        .subject())
                .isEqualTo("Clientela news: one new article");
        assertThat(MailTemplates.render(MailTemplate.NEWS_DIGEST, Language.BG, 3, "- x", "u")
                        .subject())
                .isEqualTo("Новини от Clientela: 3 нови статии");
        assertThat(subjects(Language.UK))
                .containsExactly(
                        "Новини Clientela: 1 нова стаття",
                        "Новини Clientela: 2 нові статті",
                        "Новини Clientela: 5 нових статей",
                        "Новини Clientela: 21 нова стаття");
        assertThat(subjects(Language.RU))
                .containsExactly(
                        "Новости Clientela: 1 новая статья",
                        "Новости Clientela: 2 новые статьи",
                        "Новости Clientela: 5 новых статей",
                        "Новости Clientela: 21 новая статья");
        assertThat(subjects(Language.EN)).endsWith("Clientela news: 21 new articles");
        assertThat(subjects(Language.BG)).endsWith("Новини от Clientela: 21 нови статии");
    }

    /** The digest's subject for 1, 2, 5 and 21 new articles, where the Slavic plural forms part. */
    private static java.util.List<String> subjects(Language language) {
        return java.util.stream.IntStream.of(1, 2, 5, 21)
                .mapToObj(n -> MailTemplates.render(MailTemplate.NEWS_DIGEST, language, n, "- x", "u")
                        .subject())
                .toList();
    }

    @Test
    void escapesArgumentsInTheHtmlPart() {
        RenderedMail mail = MailTemplates.render(MailTemplate.WELCOME, Language.EN, "<script>alert(1)</script>");
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(mail.text()).contains("<script>alert(1)</script>");
    }

    private static Set<String> keys(Language language) {
        ResourceBundle bundle = MailTemplates.bundle(language);
        assertThat(bundle.getLocale().getLanguage())
                .as("a bundle of its own for %s", language)
                .isEqualTo(language == Language.EN ? "en" : language.tag());
        return new HashSet<>(Collections.list(bundle.getKeys()));
    }
}
