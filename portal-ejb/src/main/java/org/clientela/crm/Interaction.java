package org.clientela.crm;

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
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;

/** One event in a customer's CRM timeline. Immutable once written. */
@Entity
@Table(name = "interaction")
public class Interaction {

    static final int SUMMARY_LENGTH = 500;
    static final int REFERENCE_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interaction_seq")
    @SequenceGenerator(name = "interaction_seq", sequenceName = "interaction_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "actor_subject", length = 64, updatable = false)
    private String actorSubject;

    @Column(name = "actor_name", length = 200, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 40, updatable = false)
    private InteractionType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20, updatable = false)
    private Channel channel;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "reference", length = REFERENCE_LENGTH, updatable = false)
    private String reference;

    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH, updatable = false)
    private String summary;

    protected Interaction() {}

    Interaction(
            Customer customer,
            InteractionType type,
            Channel channel,
            Actor actor,
            Instant occurredAt,
            String reference,
            String summary) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.type = Objects.requireNonNull(type, "type");
        this.channel = Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actor, "actor");
        this.actorSubject = actor.subject();
        this.actorName = truncate(actor.name(), 200);
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.reference = truncate(reference, REFERENCE_LENGTH);
        this.summary = truncate(Objects.requireNonNull(summary, "summary"), SUMMARY_LENGTH);
    }

    /** A summary is a digest for staff, so an overlong one is cut rather than refused. */
    private static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Actor getActor() {
        return new Actor(actorSubject, actorName);
    }

    public InteractionType getType() {
        return type;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReference() {
        return reference;
    }

    public String getSummary() {
        return summary;
    }
}
