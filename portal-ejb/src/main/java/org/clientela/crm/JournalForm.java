package org.clientela.crm;

import java.io.Serializable;
import java.time.Instant;

/**
 * A journal entry as staff fill it in: what kind, which way, what was said, and optionally a next
 * step, which becomes a follow-up task due at {@link #getNextStepDueAt()} (a day from now if not
 * given) for the one who logged it. The service checks it.
 */
public class JournalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private JournalKind kind = JournalKind.CALL;
    private JournalDirection direction;
    private String summary;
    private String nextStep;
    private Instant nextStepDueAt;

    public JournalKind getKind() {
        return kind;
    }

    public void setKind(JournalKind kind) {
        this.kind = kind;
    }

    public JournalForm kind(JournalKind kind) {
        this.kind = kind;
        return this;
    }

    public JournalDirection getDirection() {
        return direction;
    }

    public void setDirection(JournalDirection direction) {
        this.direction = direction;
    }

    public JournalForm direction(JournalDirection direction) {
        this.direction = direction;
        return this;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? null : summary.strip();
    }

    public JournalForm summary(String summary) {
        setSummary(summary);
        return this;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep == null || nextStep.isBlank() ? null : nextStep.strip();
    }

    public JournalForm nextStep(String nextStep) {
        setNextStep(nextStep);
        return this;
    }

    public Instant getNextStepDueAt() {
        return nextStepDueAt;
    }

    public void setNextStepDueAt(Instant nextStepDueAt) {
        this.nextStepDueAt = nextStepDueAt;
    }

    public JournalForm nextStepDueAt(Instant nextStepDueAt) {
        this.nextStepDueAt = nextStepDueAt;
        return this;
    }
}
