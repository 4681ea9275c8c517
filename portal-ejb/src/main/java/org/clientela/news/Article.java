package org.clientela.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientela.platform.Actor;
import org.clientela.platform.Language;

/** A piece of news: what all its translations share (author, categories, image, tags). */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    private Long id;

    @Column(name = "author_subject", nullable = false, updatable = false, length = 64)
    private String authorSubject;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(name = "image_url", length = 500)
    private String imageUrl;

    /** Comma-separated, lower case: tags are shown and filtered by, never joined on. */
    @Column(name = "tags", length = 500)
    private String tags;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "article_category",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<NewsCategory> categories = new LinkedHashSet<>();

    @OneToMany(mappedBy = "article", fetch = FetchType.LAZY)
    private List<ArticleTranslation> translations = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The segment this article is meant for (a targeted campaign); null: every matching subscriber. */
    @Column(name = "audience_segment_id")
    private Long audienceSegmentId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Article() {}

    Article(Actor author, Instant now) {
        this.authorSubject = Objects.requireNonNull(author.subject(), "author");
        this.authorName = author.name();
        this.createdAt = now;
    }

    void describe(String imageUrl, Set<String> tags, Set<NewsCategory> categories) {
        this.imageUrl = imageUrl == null || imageUrl.isBlank() ? null : imageUrl.trim();
        this.tags = tags == null || tags.isEmpty() ? null : String.join(",", tags);
        this.categories.clear();
        this.categories.addAll(categories);
    }

    public Optional<ArticleTranslation> translation(Language language) {
        return translations.stream().filter(t -> t.getLanguage() == language).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public List<String> getTags() {
        return tags == null ? List.of() : List.of(tags.split(","));
    }

    public Set<NewsCategory> getCategories() {
        return Set.copyOf(categories);
    }

    public List<ArticleTranslation> getTranslations() {
        return List.copyOf(translations);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Long getAudienceSegmentId() {
        return audienceSegmentId;
    }

    void target(Long segmentId) {
        this.audienceSegmentId = segmentId;
    }
}
