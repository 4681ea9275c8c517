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
import java.time.Instant;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.platform.Actor;

/** A message on a case, from staff or the customer; plain text, shown escaped. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @Column(name = "author_subject", length = 64, updatable = false)
    private String authorSubject;

    @Column(name = "author_name", nullable = false, length = 200, updatable = false)
    private String authorName;

    @Column(name = "staff", nullable = false, updatable = false)
    private boolean staff;

    @Column(name = "body", nullable = false, length = BODY_MAX, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Staff's note to staff: never shown to the customer. */
    @Column(name = "internal", nullable = false, updatable = false)
    private boolean internal;

    protected CaseNote() {}

    CaseNote(SupportCase supportCase, Actor author, boolean staff, String body, Instant now) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new CommunityRefusal(Reason.BODY_REQUIRED);
        }
        if (text.length() > BODY_MAX) {
            throw new CommunityRefusal(Reason.BODY_TOO_LONG);
        }
        this.supportCase = supportCase;
        this.authorSubject = author.subject();
        this.authorName = author.name() == null ? "?" : author.name();
        this.staff = staff;
        this.body = text;
        this.createdAt = now;
    }

    CaseNote internal() {
        internal = true;
        return this;
    }

    public boolean isInternal() {
        return internal;
    }

    public Long getId() {
        return id;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
