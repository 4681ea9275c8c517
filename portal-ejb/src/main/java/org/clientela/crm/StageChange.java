package org.clientela.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One move on the ladder, kept for the history; never changed. */
@Entity
@Table(name = "stage_change")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_change_seq")
    @SequenceGenerator(name = "stage_change_seq", sequenceName = "stage_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20, updatable = false)
    private LifecycleStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20, updatable = false)
    private LifecycleStage toStage;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "reason", nullable = false, length = 500, updatable = false)
    private String reason;

    protected StageChange() {}

    StageChange(long customerId, LifecycleStage from, LifecycleStage to, Instant changedAt, String reason) {
        if (from == to) {
            throw new IllegalArgumentException("a change needs two different stages");
        }
        this.customerId = customerId;
        this.fromStage = from;
        this.toStage = Objects.requireNonNull(to, "to");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.reason = reason.length() > 500 ? reason.substring(0, 499) + "…" : reason;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LifecycleStage getFromStage() {
        return fromStage;
    }

    public LifecycleStage getToStage() {
        return toStage;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }
}
