package org.clientela.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A customer's current rung; no row means a prospect. */
@Entity
@Table(name = "customer_stage")
public class CustomerStage {

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private LifecycleStage stage;

    @Column(name = "since", nullable = false)
    private Instant since;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Version
    private long version;

    protected CustomerStage() {}

    CustomerStage(long customerId, LifecycleStage stage, Instant now) {
        this.customerId = customerId;
        this.stage = Objects.requireNonNull(stage, "stage");
        this.since = now;
        this.computedAt = now;
    }

    void moveTo(LifecycleStage next, Instant now) {
        if (next != stage) {
            this.stage = Objects.requireNonNull(next, "stage");
            this.since = now;
        }
        this.computedAt = now;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public Instant getSince() {
        return since;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
