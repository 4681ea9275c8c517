package org.clientela.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;

/**
 * An answer to a question, by a customer or by staff (who have no customer record, so the author
 * is kept by subject and name, and the answer wears the staff badge).
 */
@Entity
@Table(name = "answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
    @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", updatable = false)
    private Customer author;

    @Column(name = "author_subject", nullable = false, length = 64, updatable = false)
    private String authorSubject;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "staff", nullable = false, updatable = false)
    private boolean staff;

    @Column(name = "body", nullable = false, length = Question.BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "accepted", nullable = false)
    private boolean accepted;

    @Column(name = "knowledge", nullable = false)
    private boolean knowledge;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Version
    private long version;

    protected Answer() {}

    /** A customer's answer: {@code author} is their record. */
    static Answer byCustomer(Question question, Customer author, Actor actor, String body, Instant now) {
        Answer answer = new Answer(question, actor, body, now);
        answer.author = Objects.requireNonNull(author, "author");
        return answer;
    }

    static Answer byStaff(Question question, Actor actor, String body, Instant now) {
        Answer answer = new Answer(question, actor, body, now);
        answer.staff = true;
        return answer;
    }

    private Answer(Question question, Actor actor, String body, Instant now) {
        this.question = Objects.requireNonNull(question, "question");
        this.authorSubject = Objects.requireNonNull(actor.subject(), "actor subject");
        this.authorName = actor.name() == null || actor.name().isBlank() ? "?" : actor.name();
        this.body = Question.requireBody(body);
        this.createdAt = now;
        question.getAnswers().add(this);
    }

    /** The author closed their account: neither their words nor their name stay shown. */
    void eraseForClosedAccount(Instant now) {
        this.body = CommunityPersonalData.ERASED;
        this.authorName = CommunityPersonalData.CLOSED_ACCOUNT;
        if (hiddenAt == null) {
            this.hiddenAt = now;
            this.hiddenReason = CommunityPersonalData.CLOSED_ACCOUNT;
        }
    }

    void markAccepted() {
        accepted = true;
    }

    void unaccept() {
        accepted = false;
    }

    void markKnowledge(boolean knowledge) {
        this.knowledge = knowledge;
    }

    void scoreBy(int delta) {
        score += delta;
    }

    boolean isKnowledgeWorthy() {
        return hiddenAt == null && (accepted || knowledge);
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isBy(String subject) {
        return authorSubject.equals(subject);
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public Customer getAuthor() {
        return author;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isStaff() {
        return staff;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return Markdown.toHtml(body);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public boolean isKnowledge() {
        return knowledge;
    }

    public int getScore() {
        return score;
    }
}
