package org.clientela.news;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.clientela.platform.Language;

/** A category as the editor fills it in: slug, parent, a name per language (one at least). */
public class CategoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 80, message = "{clientela.field.tooLong}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{clientela.news.categorySlug.invalid}")
    private String slug;

    private Long parentId;

    private final EnumMap<Language, String> names = new EnumMap<>(Language.class);

    public CategoryForm() {
        for (Language language : Language.values()) {
            names.put(language, "");
        }
    }

    public static CategoryForm of(NewsCategory category) {
        CategoryForm form = new CategoryForm();
        form.slug = category.getSlug();
        form.parentId =
                category.getParent() == null ? null : category.getParent().getId();
        form.names.putAll(category.getNames());
        return form;
    }

    @AssertTrue(message = "{clientela.news.categoryName.required}")
    public boolean isNamed() {
        return names.values().stream().anyMatch(name -> name != null && !name.isBlank());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? null : slug.strip();
    }

    public CategoryForm slug(String slug) {
        setSlug(slug);
        return this;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public CategoryForm under(Long parentId) {
        this.parentId = parentId;
        return this;
    }

    public Map<Language, String> getNames() {
        return names;
    }

    public CategoryForm named(Language language, String name) {
        names.put(language, name);
        return this;
    }
}
