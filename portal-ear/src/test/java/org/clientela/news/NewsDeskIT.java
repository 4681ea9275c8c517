package org.clientela.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clientela.it.support.incontainer.AsContentManager;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.platform.Actor;
import org.clientela.platform.Language;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The news desk inside the server: only content managers use it; drafts are never public;
 * categories include their children; bodies are sanitised; slugs are unique per language; used
 * categories are kept; scheduled translations publish themselves.
 */
@ExtendWith(ArquillianExtension.class)
class NewsDeskIT {

    static final Actor EDITOR = new Actor("c1e17e1a-0000-4000-8000-000000000003", "Maria Ivanova");

    @Inject
    NewsDesk desk;

    @Inject
    NewsReader reader;

    @Inject
    AsContentManager asEditor;

    @Test
    void nobodyWithoutTheRoleUsesTheDesk() {
        assertThrows(EJBAccessException.class, () -> desk.categories());
        assertThrows(EJBAccessException.class, () -> desk.createArticle(new ArticleForm(), EDITOR));
    }

    @Test
    void aDraftIsNeverPublicAndAPublishedTranslationIsListedUnderItsCategoryAndItsParent() throws Exception {
        String key = unique();
        NewsCategory products = asEditor.call(() ->
                desk.createCategory(new CategoryForm().slug("products-" + key).named(Language.EN, "Products")));
        NewsCategory laptops = asEditor.call(() -> desk.createCategory(new CategoryForm()
                .slug("laptops-" + key)
                .under(products.getId())
                .named(Language.EN, "Laptops")));
        Article article =
                asEditor.call(() -> desk.createArticle(new ArticleForm().inCategories(laptops.getId()), EDITOR));
        ArticleTranslation en = asEditor.call(() -> desk.write(
                article.getId(),
                Language.EN,
                new TranslationForm().title("Laptop " + key).body("<p>New laptop</p>"),
                EDITOR));

        assertTrue(reader.article(Language.EN, en.getSlug()).isEmpty(), "a draft is not public");
        assertTrue(reader.published(Language.EN, "laptops-" + key, 1, 10)
                .articles()
                .isEmpty());

        asEditor.call(() -> desk.move(en.getId(), TranslationStatus.IN_REVIEW, null, EDITOR));
        assertTrue(reader.article(Language.EN, en.getSlug()).isEmpty(), "in review is not public");
        asEditor.call(() -> desk.move(en.getId(), TranslationStatus.PUBLISHED, null, EDITOR));

        assertEquals(
                "Laptop " + key,
                reader.article(Language.EN, en.getSlug()).orElseThrow().title());
        assertEquals(
                1,
                reader.published(Language.EN, "laptops-" + key, 1, 10)
                        .articles()
                        .size());
        assertEquals(
                1,
                reader.published(Language.EN, "products-" + key, 1, 10)
                        .articles()
                        .size(),
                "parent includes children");
        assertTrue(
                reader.published(Language.BG, "products-" + key, 1, 10)
                        .articles()
                        .isEmpty(),
                "other language");

        assertThrows(
                WorkflowException.class,
                () -> asEditor.call(() -> desk.move(en.getId(), TranslationStatus.IN_REVIEW, null, EDITOR)));
        List<TranslationStep> history = asEditor.call(() -> desk.history(en.getId()));
        assertEquals(
                List.of(TranslationStatus.DRAFT, TranslationStatus.IN_REVIEW, TranslationStatus.PUBLISHED),
                history.stream().map(TranslationStep::getToStatus).toList());
        assertEquals("Maria Ivanova", history.get(2).getActor().name());

        // a category in use stays, and can only be deactivated
        NewsException inUse = assertThrows(
                NewsException.class,
                () -> asEditor.call(() -> {
                    desk.deleteCategory(laptops.getId());
                    return null;
                }));
        assertEquals(NewsException.Reason.CATEGORY_IN_USE, inUse.getReason());
    }

    @Test
    void bodiesAreSanitisedAndSlugsAreUniquePerLanguage() throws Exception {
        String key = unique();
        Article first = asEditor.call(() -> desk.createArticle(new ArticleForm(), EDITOR));
        ArticleTranslation saved = asEditor.call(() -> desk.write(
                first.getId(),
                Language.EN,
                new TranslationForm()
                        .title("Safe " + key)
                        .slug("safe-" + key)
                        .body(
                                "<p onclick=\"x()\">Hi</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>"),
                EDITOR));
        assertEquals("<p>Hi</p><a rel=\"nofollow noopener\">x</a>", saved.getBody());

        Article second = asEditor.call(() -> desk.createArticle(new ArticleForm(), EDITOR));
        NewsException duplicate = assertThrows(
                NewsException.class,
                () -> asEditor.call(() -> desk.write(
                        second.getId(),
                        Language.EN,
                        new TranslationForm().title("Other").slug("safe-" + key).body("<p>x</p>"),
                        EDITOR)));
        assertEquals(NewsException.Reason.DUPLICATE_SLUG, duplicate.getReason());
        // the same address in another language is another page
        asEditor.call(() -> desk.write(
                second.getId(),
                Language.BG,
                new TranslationForm().title("Друга").slug("safe-" + key).body("<p>x</p>"),
                EDITOR));

        NewsException empty = assertThrows(
                NewsException.class,
                () -> asEditor.call(() -> desk.write(
                        second.getId(),
                        Language.UK,
                        new TranslationForm().title("Порожня").body("<script>alert(1)</script>"),
                        EDITOR)));
        assertEquals(NewsException.Reason.EMPTY_BODY, empty.getReason());
    }

    @Test
    void aScheduledTranslationPublishesItselfOnTime() throws Exception {
        String key = unique();
        Article article = asEditor.call(() -> desk.createArticle(new ArticleForm(), EDITOR));
        ArticleTranslation ru = asEditor.call(() -> desk.write(
                article.getId(),
                Language.RU,
                new TranslationForm().title("Скоро " + key).body("<p>Скоро</p>"),
                EDITOR));
        asEditor.call(() -> desk.move(ru.getId(), TranslationStatus.IN_REVIEW, null, EDITOR));
        assertThrows(
                WorkflowException.class,
                () -> asEditor.call(() -> desk.move(
                        ru.getId(), TranslationStatus.SCHEDULED, Instant.now().minusSeconds(5), EDITOR)));
        asEditor.call(() ->
                desk.move(ru.getId(), TranslationStatus.SCHEDULED, Instant.now().plusSeconds(3), EDITOR));
        assertFalse(reader.article(Language.RU, ru.getSlug()).isPresent());

        Eventually.await(
                "the scheduled publication",
                Duration.ofSeconds(20),
                () -> reader.article(Language.RU, ru.getSlug()).isPresent());
        List<TranslationStep> history = asEditor.call(() -> desk.history(ru.getId()));
        assertEquals("Scheduler", history.get(history.size() - 1).getActor().name());
    }

    @Test
    void theAuthorLeavesTheApprovalToSomeoneElseOnTheDesk() throws Exception {
        String key = unique();
        Actor author = new Actor("author-" + key, "Ana Author");
        String previous = System.getProperty(ReviewPolicy.PROPERTY);
        System.setProperty(ReviewPolicy.PROPERTY, "auto");
        try {
            Article article = asEditor.call(() -> desk.createArticle(new ArticleForm(), author));
            ArticleTranslation en = asEditor.call(() -> desk.write(
                    article.getId(),
                    Language.EN,
                    new TranslationForm().title("Own " + key).body("<p>Mine</p>"),
                    author));
            // the editor works the same desk: a second person is on it
            asEditor.call(() -> desk.write(
                    article.getId(),
                    Language.BG,
                    new TranslationForm().title("Свое " + key).body("<p>Мое</p>"),
                    EDITOR));
            asEditor.call(() -> desk.move(en.getId(), TranslationStatus.IN_REVIEW, null, author));

            assertThrows(
                    SelfReviewException.class,
                    () -> asEditor.call(() -> desk.move(en.getId(), TranslationStatus.PUBLISHED, null, author)));
            assertThrows(
                    SelfReviewException.class,
                    () -> asEditor.call(() -> desk.move(
                            en.getId(),
                            TranslationStatus.SCHEDULED,
                            Instant.now().plus(Duration.ofDays(1)),
                            author)),
                    "scheduling is approving too");
            assertTrue(reader.article(Language.EN, en.getSlug()).isEmpty(), "still in review, not public");

            asEditor.call(() -> desk.move(en.getId(), TranslationStatus.PUBLISHED, null, EDITOR));
            assertEquals(
                    "Own " + key,
                    reader.article(Language.EN, en.getSlug()).orElseThrow().title(),
                    "someone else approved it");

            // configured off, the author approves their own
            System.setProperty(ReviewPolicy.PROPERTY, "off");
            ArticleTranslation ru = asEditor.call(() -> desk.write(
                    article.getId(),
                    Language.RU,
                    new TranslationForm().title("Своё " + key).body("<p>Моё</p>"),
                    author));
            asEditor.call(() -> desk.move(ru.getId(), TranslationStatus.IN_REVIEW, null, author));
            asEditor.call(() -> desk.move(ru.getId(), TranslationStatus.PUBLISHED, null, author));
            assertTrue(reader.article(Language.RU, ru.getSlug()).isPresent());
        } finally {
            if (previous == null) {
                System.clearProperty(ReviewPolicy.PROPERTY);
            } else {
                System.setProperty(ReviewPolicy.PROPERTY, previous);
            }
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
