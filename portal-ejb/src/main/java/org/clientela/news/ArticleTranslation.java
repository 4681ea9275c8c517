package org.clientela.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.clientela.platform.Language;

/**
 * An article in one language, with its own place in the workflow. It guards the workflow itself:
 * a step the current status does not allow throws, the words change only before publication, and
 * only a published translation is ever public.
 */
@Entity
@Table(name = "article_translation")
public class ArticleTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_translation_seq")
    @SequenceGenerator(name = "article_translation_seq", sequenceName = "article_translation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, updatable = false, length = 2)
    private Language language;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", length = 1000)
    private String summary;

    /** Sanitised HTML: whatever was typed, only what {@link HtmlSanitizer} keeps is stored. */
    @Column(name = "body", nullable = false, length = 200000)
    private String body;

    @Column(name = "slug", nullable = false, length = 120)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private TranslationStatus status = TranslationStatus.DRAFT;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ArticleTranslation() {}

    ArticleTranslation(Article article, Language language, Instant now) {
        this.article = Objects.requireNonNull(article, "article");
        this.language = Objects.requireNonNull(language, "language");
        this.updatedAt = now;
    }

    /** New words; only while a draft or in review. The body must already be sanitised. */
    void write(String title, String summary, String sanitisedBody, String slug, Instant now) {
        if (!status.isEditable()) {
            throw new WorkflowException("a " + status + " translation cannot be edited: withdraw it to draft first");
        }
        this.title = Objects.requireNonNull(title, "title");
        this.summary = summary;
        this.body = Objects.requireNonNull(sanitisedBody, "body");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.updatedAt = now;
    }

    /**
     * Moves the translation along the workflow.
     *
     * @param publishAt for {@link TranslationStatus#SCHEDULED}: when to publish, in the future
     * @return the status it had
     */
    TranslationStatus moveTo(TranslationStatus target, Instant publishAt, Instant now) {
        if (!status.next().contains(target)) {
            throw new WorkflowException("no step from " + status + " to " + target);
        }
        if (target == TranslationStatus.SCHEDULED && (publishAt == null || !publishAt.isAfter(now))) {
            throw new WorkflowException("a schedule needs a publishing time in the future");
        }
        TranslationStatus from = status;
        this.status = target;
        this.publishAt = target == TranslationStatus.SCHEDULED ? publishAt : null;
        if (target == TranslationStatus.PUBLISHED) {
            // when it became visible, not when it was meant to: digests gather by this moment
            this.publishedAt = now;
        }
        this.updatedAt = now;
        return from;
    }

    public boolean isPublic() {
        return status == TranslationStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getSlug() {
        return slug;
    }

    public TranslationStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
