package org.clientela.news;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.Actor;
import org.clientela.platform.Language;
import org.clientela.platform.Roles;

/**
 * The content managers' desk: categories, articles, translations and their workflow. The roles
 * are checked here; pages only mirror them. Every workflow step is kept with who and when.
 */
@Stateless
@RolesAllowed({Roles.CONTENT_MANAGER, Roles.ADMIN})
public class NewsDesk {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<TranslationPublished> published;

    // --- categories

    /** Every category, active or not, parents before children, by slug. */
    public List<NewsCategory> categories() {
        return em.createQuery("select c from NewsCategory c order by c.slug", NewsCategory.class)
                .getResultList();
    }

    public NewsCategory createCategory(@NotNull @Valid CategoryForm form) {
        requireFreeCategorySlug(form.getSlug(), null);
        NewsCategory category = new NewsCategory(form.getSlug(), parent(form.getParentId()), form.getNames());
        em.persist(category);
        return category;
    }

    public NewsCategory changeCategory(long categoryId, @NotNull @Valid CategoryForm form) {
        NewsCategory category = category(categoryId);
        requireFreeCategorySlug(form.getSlug(), categoryId);
        category.rename(form.getNames());
        category.moveUnder(parent(form.getParentId()));
        return category;
    }

    public void setCategoryActive(long categoryId, boolean active) {
        category(categoryId).setActive(active);
    }

    /** Only an unused category goes; one with articles or subcategories is deactivated instead. */
    public void deleteCategory(long categoryId) {
        NewsCategory category = category(categoryId);
        long articles = em.createQuery(
                        "select count(a) from Article a join a.categories c where c = :category", Long.class)
                .setParameter("category", category)
                .getSingleResult();
        long children = em.createQuery("select count(c) from NewsCategory c where c.parent = :category", Long.class)
                .setParameter("category", category)
                .getSingleResult();
        if (articles > 0 || children > 0) {
            throw new NewsException(NewsException.Reason.CATEGORY_IN_USE, category.getSlug());
        }
        em.remove(category);
    }

    // --- articles and translations

    public Article createArticle(@NotNull @Valid ArticleForm form, @NotNull Actor author) {
        Article article = new Article(author, Instant.now());
        article.describe(form.getImageUrl(), form.tagSet(), categories(form.getCategoryIds()));
        em.persist(article);
        return article;
    }

    public Article describeArticle(long articleId, @NotNull @Valid ArticleForm form) {
        Article article = article(articleId);
        article.describe(form.getImageUrl(), form.tagSet(), categories(form.getCategoryIds()));
        return article;
    }

    /**
     * Writes the translation of an article in a language, creating it as a draft the first time.
     * The body is sanitised here, whoever calls.
     */
    public ArticleTranslation write(
            long articleId, @NotNull Language language, @NotNull @Valid TranslationForm form, @NotNull Actor actor) {
        Article article = article(articleId);
        String body = HtmlSanitizer.sanitise(form.getBody());
        if (HtmlSanitizer.text(body).isEmpty() && !body.contains("<img")) {
            throw new NewsException(NewsException.Reason.EMPTY_BODY, "article " + articleId);
        }
        String slug = form.slugOrFromTitle();
        ArticleTranslation translation = article.translation(language).orElse(null);
        requireFreeSlug(language, slug, translation);
        Instant now = Instant.now();
        if (translation == null) {
            translation = new ArticleTranslation(article, language, now);
            translation.write(form.getTitle(), form.getSummary(), body, slug, now);
            em.persist(translation);
            em.persist(new TranslationStep(translation, null, TranslationStatus.DRAFT, actor, now));
        } else {
            translation.write(form.getTitle(), form.getSummary(), body, slug, now);
        }
        return translation;
    }

    /**
     * One workflow step.
     *
     * @param publishAt when to publish, for {@link TranslationStatus#SCHEDULED}
     */
    public ArticleTranslation move(
            long translationId, @NotNull TranslationStatus target, Instant publishAt, @NotNull Actor actor) {
        ArticleTranslation translation = translation(translationId);
        if (translation.getStatus() == TranslationStatus.IN_REVIEW
                && (target == TranslationStatus.PUBLISHED || target == TranslationStatus.SCHEDULED)) {
            requireReviewer(translation, actor);
        }
        Instant now = Instant.now();
        TranslationStatus from = translation.moveTo(target, publishAt, now);
        em.persist(new TranslationStep(translation, from, target, actor, now));
        if (target == TranslationStatus.PUBLISHED) {
            published.fire(new TranslationPublished(translationId));
        }
        return translation;
    }

    /** Approving is for someone other than who submitted it for review, as {@link ReviewPolicy} says. */
    private void requireReviewer(ArticleTranslation translation, Actor approver) {
        ReviewPolicy policy = ReviewPolicy.configured();
        String submitter = em.createQuery(
                        "select s.actorSubject from TranslationStep s where s.translation = :translation"
                                + " and s.toStatus = :review order by s.occurredAt desc, s.id desc",
                        String.class)
                .setParameter("translation", translation)
                .setParameter("review", TranslationStatus.IN_REVIEW)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (submitter == null || !submitter.equals(approver.subject()) || policy == ReviewPolicy.OFF) {
            return;
        }
        boolean anotherOnTheDesk = policy == ReviewPolicy.AUTO
                && !em.createQuery("select s.id from TranslationStep s where s.actorSubject <> :approver", Long.class)
                        .setParameter("approver", approver.subject())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
        if (!policy.allows(submitter, approver.subject(), anotherOnTheDesk)) {
            throw new SelfReviewException(
                    "translation " + translation.getId() + " was submitted by its approver; someone else reviews it");
        }
    }

    /** The translation exactly as its public page will show it, whatever its status. */
    public PublishedArticle preview(long translationId) {
        ArticleTranslation translation = translation(translationId);
        translation.getArticle().getCategories().size();
        return PublishedArticle.of(translation);
    }

    public List<TranslationStep> history(long translationId) {
        return em.createQuery(
                        "select s from TranslationStep s where s.translation.id = :translation"
                                + " order by s.occurredAt, s.id",
                        TranslationStep.class)
                .setParameter("translation", translationId)
                .getResultList();
    }

    public Article article(long articleId) {
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw new NewsException(NewsException.Reason.NOT_FOUND, "article " + articleId);
        }
        return article;
    }

    /** The article with its translations and categories, ready for a page. */
    public Article articleWithTranslations(long articleId) {
        Article article = article(articleId);
        article.getTranslations().size();
        article.getCategories().size();
        return article;
    }

    public ArticleTranslation translation(long translationId) {
        ArticleTranslation translation = em.find(ArticleTranslation.class, translationId);
        if (translation == null) {
            throw new NewsException(NewsException.Reason.NOT_FOUND, "translation " + translationId);
        }
        return translation;
    }

    /** What the desk lists: one row per translation, and articles lacking some languages. */
    public List<ArticleTranslation> translations(NewsFilter filter) {
        StringBuilder jpql =
                new StringBuilder("select distinct t from ArticleTranslation t join fetch t.article where 1 = 1");
        if (filter.language() != null) {
            jpql.append(" and t.language = :language");
        }
        if (filter.status() != null) {
            jpql.append(" and t.status = :status");
        }
        if (filter.categoryId() != null) {
            jpql.append(
                    " and exists (select c from Article a2 join a2.categories c where a2 = t.article and c.id = :category)");
        }
        if (filter.authorSubject() != null) {
            jpql.append(" and t.article.authorSubject = :author");
        }
        if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
            jpql.append(" and lower(t.title) like :title");
        }
        jpql.append(" order by t.updatedAt desc, t.id desc");
        var query = em.createQuery(jpql.toString(), ArticleTranslation.class);
        if (filter.language() != null) {
            query.setParameter("language", filter.language());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.categoryId() != null) {
            query.setParameter("category", filter.categoryId());
        }
        if (filter.authorSubject() != null) {
            query.setParameter("author", filter.authorSubject());
        }
        if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
            query.setParameter("title", "%" + filter.titleContains().strip().toLowerCase() + "%");
        }
        return query.setMaxResults(200).getResultList();
    }

    /** Per language, how many articles have no translation in it yet. */
    public Map<Language, Long> missingTranslations() {
        long articles =
                em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
        Map<Language, Long> missing = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            missing.put(language, articles);
        }
        em.createQuery("select t.language, count(t) from ArticleTranslation t group by t.language", Object[].class)
                .getResultList()
                .forEach(row -> missing.put((Language) row[0], articles - (Long) row[1]));
        return missing;
    }

    private void requireFreeSlug(Language language, String slug, ArticleTranslation self) {
        boolean taken = em.createQuery(
                        "select t from ArticleTranslation t where t.language = :language and t.slug = :slug",
                        ArticleTranslation.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(other -> self == null || !other.getId().equals(self.getId()));
        if (taken) {
            throw new NewsException(NewsException.Reason.DUPLICATE_SLUG, language + "/" + slug);
        }
    }

    private void requireFreeCategorySlug(String slug, Long self) {
        boolean taken = em.createQuery("select c from NewsCategory c where c.slug = :slug", NewsCategory.class)
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(self));
        if (taken) {
            throw new NewsException(NewsException.Reason.DUPLICATE_CATEGORY_SLUG, slug);
        }
    }

    private NewsCategory parent(Long parentId) {
        return parentId == null ? null : category(parentId);
    }

    private NewsCategory category(long categoryId) {
        NewsCategory category = em.find(NewsCategory.class, categoryId);
        if (category == null) {
            throw new NewsException(NewsException.Reason.NOT_FOUND, "category " + categoryId);
        }
        return category;
    }

    private Set<NewsCategory> categories(Set<Long> ids) {
        Set<NewsCategory> categories = new HashSet<>();
        for (Long id : ids) {
            categories.add(category(id));
        }
        return categories;
    }
}
