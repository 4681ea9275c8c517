package org.clientela.news;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** What all translations of an article share, as the editor fills it in. */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 500, message = "{clientela.field.tooLong}")
    @Pattern(regexp = "https?://\\S+", message = "{clientela.news.imageUrl.invalid}")
    private String imageUrl;

    @Size(max = 500, message = "{clientela.field.tooLong}")
    private String tags;

    private Set<Long> categoryIds = new LinkedHashSet<>();

    public static ArticleForm of(Article article) {
        ArticleForm form = new ArticleForm();
        form.imageUrl = article.getImageUrl();
        form.tags = String.join(", ", article.getTags());
        article.getCategories().forEach(category -> form.categoryIds.add(category.getId()));
        return form;
    }

    /** "Laptops, new , LAPTOPS" becomes laptops and new. */
    public Set<String> tagSet() {
        Set<String> set = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags.split(",")) {
                String clean = tag.strip().toLowerCase(Locale.ROOT);
                if (!clean.isEmpty()) {
                    set.add(clean);
                }
            }
        }
        return set;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl == null || imageUrl.isBlank() ? null : imageUrl.strip();
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public ArticleForm tags(String tags) {
        this.tags = tags;
        return this;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(Set<Long> categoryIds) {
        this.categoryIds = categoryIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(categoryIds);
    }

    public ArticleForm inCategories(Long... ids) {
        categoryIds.addAll(Set.of(ids));
        return this;
    }
}
