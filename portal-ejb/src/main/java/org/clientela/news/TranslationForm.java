package org.clientela.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;

/** The words of one translation as the editor types them; the body is sanitised on save. */
public class TranslationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Lower-case letters of any script, digits, single dashes between them. */
    static final String SLUG = "[\\p{Ll}\\p{Lo}\\p{Nd}]+(-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*";

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 200, message = "{clientela.field.tooLong}")
    private String title;

    @Size(max = 1000, message = "{clientela.field.tooLong}")
    private String summary;

    @NotBlank(message = "{clientela.field.required}")
    @Size(max = 100000, message = "{clientela.field.tooLong}")
    private String body;

    @Size(max = 120, message = "{clientela.field.tooLong}")
    @Pattern(regexp = SLUG, message = "{clientela.news.slug.invalid}")
    private String slug;

    public static TranslationForm of(ArticleTranslation translation) {
        TranslationForm form = new TranslationForm();
        form.title = translation.getTitle();
        form.summary = translation.getSummary();
        form.body = translation.getBody();
        form.slug = translation.getSlug();
        return form;
    }

    /** The slug given, or one made of the title: "Нов лаптоп 2027!" becomes "нов-лаптоп-2027". */
    public String slugOrFromTitle() {
        if (slug != null && !slug.isBlank()) {
            return slug;
        }
        return slugOf(title);
    }

    static String slugOf(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^\\p{Ll}\\p{Lo}\\p{Nd}]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public TranslationForm title(String title) {
        setTitle(title);
        return this;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    public TranslationForm summary(String summary) {
        setSummary(summary);
        return this;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public TranslationForm body(String body) {
        setBody(body);
        return this;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null || slug.isBlank() ? null : slug.strip();
    }

    public TranslationForm slug(String slug) {
        setSlug(slug);
        return this;
    }
}
