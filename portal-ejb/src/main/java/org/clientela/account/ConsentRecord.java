package org.clientela.account;

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
import java.util.Objects;
import org.clientela.platform.Customer;

/**
 * One giving or withdrawing of a marketing consent. Never changed or deleted: the history is the
 * proof of what the customer agreed to, and when; the latest record per topic is the consent in force.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_record_seq")
    @SequenceGenerator(name = "consent_record_seq", sequenceName = "consent_record_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 30, updatable = false)
    private ConsentTopic topic;

    @Column(name = "granted", nullable = false, updatable = false)
    private boolean granted;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    /** Keycloak subject of who clicked: the customer, or someone acting for them. */
    @Column(name = "actor_subject", length = 64, updatable = false)
    private String actorSubject;

    protected ConsentRecord() {}

    public ConsentRecord(
            Customer customer, ConsentTopic topic, boolean granted, Instant recordedAt, String actorSubject) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.granted = granted;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.actorSubject = actorSubject;
    }

    public ConsentTopic getTopic() {
        return topic;
    }

    public boolean isGranted() {
        return granted;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActorSubject() {
        return actorSubject;
    }
}
