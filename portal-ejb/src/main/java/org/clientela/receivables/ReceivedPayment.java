package org.clientela.receivables;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;

/**
 * Money received against an invoice, as it was recorded; never changed. Only {@link
 * CustomerInvoice#receive} makes one, after checking that it fits.
 */
@Entity
@Table(name = "invoice_payment")
public class ReceivedPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_payment_seq")
    @SequenceGenerator(name = "invoice_payment_seq", sequenceName = "invoice_payment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private CustomerInvoice invoice;

    /** The ERP's payment id, or the key of a staff form: unique over all invoices. */
    @Column(name = "payment_key", nullable = false, updatable = false, length = 100)
    private String key;

    @Column(name = "amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 10)
    private Channel channel;

    @Column(name = "recorded_by_subject", updatable = false, length = 64)
    private String recordedBySubject;

    @Column(name = "recorded_by_name", updatable = false, length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ReceivedPayment() {}

    ReceivedPayment(
            CustomerInvoice invoice,
            String key,
            BigDecimal amount,
            LocalDate receivedOn,
            Actor actor,
            Channel channel,
            Instant now) {
        this.invoice = Objects.requireNonNull(invoice, "invoice");
        this.key = Objects.requireNonNull(key, "key");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.recordedBySubject = actor.subject();
        this.recordedByName = actor.name();
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public CustomerInvoice getInvoice() {
        return invoice;
    }

    public String getKey() {
        return key;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
