package org.clientela.community;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * A customer's question to the community. It knows its answers, which one the asker (or staff)
 * accepted, and whether staff took it up as a support case. Indexed for the knowledge base.
 */
@Entity
@Table(name = "question")
@Indexed(index = "knowledge")
@TypeBinding(binder = @TypeBinderRef(type = KnowledgeBinder.class))
public class Question {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int TAGS_MAX = 5;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#.-]{0,29}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
    @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Customer author;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "product_sku", length = 40)
    private String productSku;

    @Column(name = "category_slug", length = 80)
    private String categorySlug;

    @Column(name = "tags", length = 300)
    private String tags;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "accepted_answer_id")
    private Long acceptedAnswerId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @OneToMany(mappedBy = "question")
    @OrderBy("createdAt, id")
    private List<Answer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Question() {}

    Question(
            Customer author,
            String title,
            String body,
            Language language,
            String productSku,
            String categorySlug,
            String tags,
            Instant now) {
        this.author = Objects.requireNonNull(author, "author");
        this.title = requireTitle(title);
        this.body = requireBody(body);
        this.language = Objects.requireNonNull(language, "language");
        this.productSku = productSku;
        this.categorySlug = categorySlug;
        this.tags = String.join(" ", normaliseTags(tags));
        this.createdAt = now;
    }

    static String requireTitle(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new CommunityRefusal(Reason.TITLE_REQUIRED);
        }
        if (stripped.length() > TITLE_MAX) {
            throw new CommunityRefusal(Reason.TITLE_TOO_LONG);
        }
        return stripped;
    }

    static String requireBody(String body) {
        if (body == null || Markdown.toText(body).isBlank()) {
            throw new CommunityRefusal(Reason.BODY_REQUIRED);
        }
        if (body.length() > BODY_MAX) {
            throw new CommunityRefusal(Reason.BODY_TOO_LONG);
        }
        return body.strip();
    }

    /** "Java, WildFly  jsf" → [java, wildfly, jsf]: lower case, no repeats, at most five. */
    static List<String> normaliseTags(String tags) {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String tag : tags.toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
            if (tag.isEmpty()) {
                continue;
            }
            if (!TAG.matcher(tag).matches()) {
                throw new CommunityRefusal(Reason.TAG_INVALID);
            }
            normalised.add(tag);
        }
        if (normalised.size() > TAGS_MAX) {
            throw new CommunityRefusal(Reason.TOO_MANY_TAGS);
        }
        return List.copyOf(normalised);
    }

    /** The first answer, whoever wrote it, stops the SLA clock. */
    void answered(Instant at) {
        if (answeredAt == null) {
            answeredAt = at;
        }
    }

    /** One accepted answer at a time: accepting another takes the mark from the first. */
    void accept(Answer answer) {
        // by id: the answer's question may be a lazy proxy of this very question
        if (!answer.getQuestion().getId().equals(id)) {
            throw new CommunityRefusal(Reason.ANSWER_NOT_FOUND);
        }
        for (Answer other : answers) {
            if (!other.getId().equals(answer.getId())) {
                other.unaccept();
            }
        }
        answer.markAccepted();
        acceptedAnswerId = answer.getId();
    }

    /**
     * The author closed their account: the text, which may name them, is erased and the thread
     * leaves the pages and the knowledge base, since the answers made sense only with it.
     */
    void eraseForClosedAccount(Instant now) {
        this.title = CommunityPersonalData.ERASED;
        this.body = CommunityPersonalData.ERASED;
        this.tags = null;
        if (hiddenAt == null) {
            this.hiddenAt = now;
            this.hiddenReason = CommunityPersonalData.CLOSED_ACCOUNT;
        }
    }

    void escalatedTo(long caseId) {
        if (this.caseId != null) {
            throw new CommunityRefusal(Reason.ALREADY_ESCALATED);
        }
        this.caseId = caseId;
    }

    /** Whether the knowledge base shows it: an accepted answer, or one staff marked as knowledge. */
    public boolean isKnowledge() {
        return hiddenAt == null && answers.stream().anyMatch(Answer::isKnowledgeWorthy);
    }

    public List<Answer> visibleAnswers() {
        return answers.stream().filter(answer -> !answer.isHidden()).toList();
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public List<String> tagList() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(" "));
    }

    public Long getId() {
        return id;
    }

    public Customer getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return Markdown.toHtml(body);
    }

    public Language getLanguage() {
        return language;
    }

    public String getProductSku() {
        return productSku;
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public String getTags() {
        return tags;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getAcceptedAnswerId() {
        return acceptedAnswerId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public List<Answer> getAnswers() {
        return answers;
    }
}
