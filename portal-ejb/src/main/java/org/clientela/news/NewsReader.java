package org.clientela.news;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientela.platform.Language;

/**
 * What readers see: published translations only, by language and category (a category includes
 * its subcategories), newest first. Anyone may read; nothing here changes anything.
 */
@Stateless
public class NewsReader {

    /** A page of a listing and whether more follow. */
    public record Page(List<PublishedArticle> articles, int number, boolean hasNext) {}

    @PersistenceContext
    private EntityManager em;

    public Page published(Language language, String categorySlug, int page, int size) {
        int number = Math.max(page, 1);
        List<ArticleTranslation> rows = query(language, categorySlug)
                .setFirstResult((number - 1) * size)
                .setMaxResults(size + 1)
                .getResultList();
        boolean hasNext = rows.size() > size;
        return new Page(rows.stream().limit(size).map(PublishedArticle::of).toList(), number, hasNext);
    }

    /** The newest published translations, for feeds. */
    public List<PublishedArticle> latest(Language language, String categorySlug, int max) {
        return query(language, categorySlug).setMaxResults(max).getResultList().stream()
                .map(PublishedArticle::of)
                .toList();
    }

    public Optional<PublishedArticle> article(Language language, String slug) {
        return em.createQuery(
                        "select t from ArticleTranslation t join fetch t.article"
                                + " where t.language = :language and t.slug = :slug and t.status = :published",
                        ArticleTranslation.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .setParameter("published", TranslationStatus.PUBLISHED)
                .getResultStream()
                .findFirst()
                .map(PublishedArticle::of);
    }

    /** The same article published in other languages: "other languages" links. */
    public List<PublishedArticle> otherLanguages(long articleId, Language except) {
        return em.createQuery(
                        "select t from ArticleTranslation t join fetch t.article where t.article.id = :article"
                                + " and t.language <> :except and t.status = :published order by t.language",
                        ArticleTranslation.class)
                .setParameter("article", articleId)
                .setParameter("except", except)
                .setParameter("published", TranslationStatus.PUBLISHED)
                .getResultStream()
                .map(PublishedArticle::of)
                .toList();
    }

    /** Languages that have published news: where to point a reader whose language has none. */
    public Set<Language> languagesWithNews() {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        languages.addAll(em.createQuery(
                        "select distinct t.language from ArticleTranslation t where t.status = :published",
                        Language.class)
                .setParameter("published", TranslationStatus.PUBLISHED)
                .getResultList());
        return languages;
    }

    /**
     * Active categories, for the reader's filter. The whole (small) tree is read in one query so
     * that every parent is loaded too: pages show "Products › Laptops" from detached categories.
     */
    public List<NewsCategory> categories() {
        return allCategories().stream().filter(NewsCategory::isActive).toList();
    }

    public Optional<NewsCategory> category(String slug) {
        return categories().stream().filter(c -> c.getSlug().equals(slug)).findFirst();
    }

    private List<NewsCategory> allCategories() {
        return em.createQuery("select c from NewsCategory c order by c.slug", NewsCategory.class)
                .getResultList();
    }

    private jakarta.persistence.TypedQuery<ArticleTranslation> query(Language language, String categorySlug) {
        String jpql = "select t from ArticleTranslation t join fetch t.article"
                + " where t.language = :language and t.status = :published";
        Set<Long> categories = categorySlug == null ? null : withDescendants(categorySlug);
        if (categories != null) {
            jpql +=
                    " and exists (select c from Article a2 join a2.categories c where a2 = t.article and c.id in :categories)";
        }
        var query = em.createQuery(jpql + " order by t.publishedAt desc, t.id desc", ArticleTranslation.class)
                .setParameter("language", language)
                .setParameter("published", TranslationStatus.PUBLISHED);
        if (categories != null) {
            query.setParameter("categories", categories.isEmpty() ? Set.of(-1L) : categories);
        }
        return query;
    }

    /** The category and all below it; the tree is small, so it is walked here. */
    Set<Long> withDescendants(String slug) {
        List<NewsCategory> all = allCategories();
        Set<Long> found = new HashSet<>();
        all.stream().filter(c -> c.getSlug().equals(slug)).forEach(c -> found.add(c.getId()));
        boolean grew = !found.isEmpty();
        while (grew) {
            grew = false;
            for (NewsCategory c : all) {
                if (c.getParent() != null && found.contains(c.getParent().getId()) && found.add(c.getId())) {
                    grew = true;
                }
            }
        }
        return found;
    }
}
