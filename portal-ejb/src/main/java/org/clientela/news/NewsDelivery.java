package org.clientela.news;

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

/**
 * That a subscriber was sent something: unique per (subscription, delivery key), so whatever
 * happens to a run (a crash, a restart, a second node), nobody gets the same news twice.
 */
@Entity
@Table(name = "news_delivery")
public class NewsDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_delivery_seq")
    @SequenceGenerator(name = "news_delivery_seq", sequenceName = "news_delivery_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private NewsRun run;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private NewsSubscription subscription;

    @Column(name = "delivery_key", nullable = false, updatable = false, length = 60)
    private String deliveryKey;

    @Column(name = "mail_id", nullable = false, updatable = false)
    private Long mailId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NewsDelivery() {}

    NewsDelivery(NewsRun run, NewsSubscription subscription, long mailId, Instant now) {
        this.run = run;
        this.subscription = subscription;
        this.deliveryKey = run.getRunKey();
        this.mailId = mailId;
        this.createdAt = now;
    }

    public Long getMailId() {
        return mailId;
    }
}
