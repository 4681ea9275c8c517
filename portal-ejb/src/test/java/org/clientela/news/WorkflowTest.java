package org.clientela.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.clientela.platform.Actor;
import org.clientela.platform.Language;
import org.junit.jupiter.api.Test;

/** The translation guards its workflow: only allowed steps, words fixed once out, public only when published. */
class WorkflowTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static ArticleTranslation draft() {
        Article article = new Article(new Actor("editor", "Maria Ivanova"), NOW);
        ArticleTranslation translation = new ArticleTranslation(article, Language.BG, NOW);
        translation.write("Нов лаптоп", null, "<p>Текст</p>", "нов-лаптоп", NOW);
        return translation;
    }

    @Test
    void aDraftGoesThroughReviewToPublicationAndArchive() {
        ArticleTranslation translation = draft();
        assertThat(translation.isPublic()).isFalse();
        assertThat(translation.moveTo(TranslationStatus.IN_REVIEW, null, NOW)).isEqualTo(TranslationStatus.DRAFT);
        assertThat(translation.isPublic()).isFalse();
        translation.moveTo(TranslationStatus.PUBLISHED, null, NOW.plusSeconds(60));
        assertThat(translation.isPublic()).isTrue();
        assertThat(translation.getPublishedAt()).isEqualTo(NOW.plusSeconds(60));
        translation.moveTo(TranslationStatus.ARCHIVED, null, NOW.plusSeconds(120));
        assertThat(translation.isPublic()).isFalse();
    }

    @Test
    void aDraftIsNeverPublishedWithoutReviewAndStepsOutOfOrderAreRefused() {
        ArticleTranslation translation = draft();
        assertThatThrownBy(() -> translation.moveTo(TranslationStatus.PUBLISHED, null, NOW))
                .isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> translation.moveTo(TranslationStatus.ARCHIVED, null, NOW))
                .isInstanceOf(WorkflowException.class);
        assertThat(translation.getStatus()).isEqualTo(TranslationStatus.DRAFT);
    }

    @Test
    void aScheduleNeedsAFutureTimeAndPublishedWordsAreFixed() {
        ArticleTranslation translation = draft();
        translation.moveTo(TranslationStatus.IN_REVIEW, null, NOW);
        assertThatThrownBy(() -> translation.moveTo(TranslationStatus.SCHEDULED, NOW.minusSeconds(1), NOW))
                .isInstanceOf(WorkflowException.class);
        translation.moveTo(TranslationStatus.SCHEDULED, NOW.plus(Duration.ofHours(1)), NOW);
        assertThat(translation.getPublishAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        translation.moveTo(TranslationStatus.PUBLISHED, null, NOW.plus(Duration.ofHours(1)));
        assertThat(translation.getPublishAt()).isNull();
        assertThatThrownBy(() -> translation.write("Changed", null, "<p>x</p>", "changed", NOW))
                .isInstanceOf(WorkflowException.class);
        assertThat(translation.getTitle()).isEqualTo("Нов лаптоп");
    }

    @Test
    void slugsComeFromTitlesInAnyScript() {
        assertThat(TranslationForm.slugOf("Нов лаптоп 2027!")).isEqualTo("нов-лаптоп-2027");
        assertThat(TranslationForm.slugOf("  The NEW laptop -- 2027 ")).isEqualTo("the-new-laptop-2027");
    }

    @Test
    void aCategoryIsNeverInsideItself() {
        NewsCategory products = new NewsCategory("products", null, Map.of(Language.EN, "Products"));
        NewsCategory laptops = new NewsCategory("laptops", products, Map.of(Language.EN, "Laptops"));
        assertThat(laptops.path(Language.BG)).isEqualTo("Products › Laptops");
        assertThatThrownBy(() -> products.moveUnder(laptops)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> products.moveUnder(products)).isInstanceOf(IllegalArgumentException.class);
    }
}
