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
import java.time.Instant;
import org.clientela.platform.Actor;

/** One move of a translation along the workflow: who, when, from where to where. Never changed. */
@Entity
@Table(name = "translation_step")
public class TranslationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_step_seq")
    @SequenceGenerator(name = "translation_step_seq", sequenceName = "translation_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "translation_id", nullable = false, updatable = false)
    private ArticleTranslation translation;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 12)
    private TranslationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 12)
    private TranslationStatus toStatus;

    @Column(name = "actor_subject", updatable = false, length = 64)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    private String actorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected TranslationStep() {}

    TranslationStep(
            ArticleTranslation translation, TranslationStatus from, TranslationStatus to, Actor actor, Instant at) {
        this.translation = translation;
        this.fromStatus = from;
        this.toStatus = to;
        this.actorSubject = actor.subject();
        this.actorName = actor.name();
        this.occurredAt = at;
    }

    public TranslationStatus getFromStatus() {
        return fromStatus;
    }

    public TranslationStatus getToStatus() {
        return toStatus;
    }

    public Actor getActor() {
        return new Actor(actorSubject, actorName);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
