package org.clientela.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.clientela.platform.Channel;

/** A step of an order's timeline: what it became, when, by whom and through which channel. */
@Embeddable
public class OrderStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "note", length = 500)
    private String note;

    protected OrderStep() {}

    OrderStep(OrderStatus status, Instant occurredAt, String actorName, Channel channel, String note) {
        this.status = status;
        this.occurredAt = occurredAt;
        this.actorName = actorName;
        this.channel = channel;
        this.note = note;
    }

    void forgetActor() {
        this.actorName = null;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorName() {
        return actorName;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getNote() {
        return note;
    }
}
