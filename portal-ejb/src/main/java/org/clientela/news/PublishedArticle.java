package org.clientela.news;

import java.time.Instant;
import java.util.List;
import org.clientela.platform.Language;

/** A published translation as readers see it, detached from the persistence context. */
public record PublishedArticle(
        long articleId,
        Language language,
        String slug,
        String title,
        String summary,
        String body,
        String imageUrl,
        String authorName,
        Instant publishedAt,
        Instant updatedAt,
        List<CategoryLink> categories,
        List<String> tags) {

    /** A category as links show it: slug and name in the reader's language. */
    public record CategoryLink(String slug, String name) {}

    static PublishedArticle of(ArticleTranslation translation) {
        Article article = translation.getArticle();
        Language language = translation.getLanguage();
        return new PublishedArticle(
                article.getId(),
                language,
                translation.getSlug(),
                translation.getTitle(),
                translation.getSummary(),
                translation.getBody(),
                article.getImageUrl(),
                article.getAuthorName(),
                translation.getPublishedAt(),
                translation.getUpdatedAt(),
                article.getCategories().stream()
                        .filter(NewsCategory::isActive)
                        .map(c -> new CategoryLink(c.getSlug(), c.name(language)))
                        .sorted(java.util.Comparator.comparing(CategoryLink::name))
                        .toList(),
                article.getTags());
    }

    /** The article's address: /news/{lang}/{slug}. */
    public String path() {
        return "/news/" + language.tag() + "/" + slug;
    }
}
