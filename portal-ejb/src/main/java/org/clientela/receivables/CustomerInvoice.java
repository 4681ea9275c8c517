package org.clientela.receivables;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.receivables.PaymentRefusal.Reason;

/**
 * What an account owes for one order paid on invoice. The amount never changes after issue; what
 * was paid only grows, by payments that fit into what is open, so the invoice never stands
 * overpaid. A cancelled order's invoice is cancelled with it and owes nothing from then on.
 */
@Entity
@Table(name = "customer_invoice")
public class CustomerInvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_invoice_seq")
    @SequenceGenerator(name = "customer_invoice_seq", sequenceName = "customer_invoice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "number", nullable = false, updatable = false, length = 24)
    private String number;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal paid;

    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CustomerInvoice() {}

    /**
     * The invoice of an order placed today, due {@code termDays} after it was issued.
     *
     * @param amount gross, delivery included: what the order charged
     */
    CustomerInvoice(
            Customer customer,
            long orderId,
            String number,
            BigDecimal amount,
            String currency,
            LocalDate issuedOn,
            int termDays) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an invoice owes nothing negative");
        }
        if (termDays < 0) {
            throw new IllegalArgumentException("payment terms of " + termDays + " days");
        }
        this.customer = Objects.requireNonNull(customer, "customer");
        this.orderId = orderId;
        this.number = Objects.requireNonNull(number, "number");
        this.amount = amount;
        this.paid = BigDecimal.ZERO.setScale(amount.scale());
        this.currency = Objects.requireNonNull(currency, "currency");
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        this.dueOn = issuedOn.plusDays(termDays);
    }

    /**
     * Takes a payment into the invoice.
     *
     * @throws PaymentRefusal for an amount that is not positive or has fractions of a cent, is more
     *     than is open, or an invoice that was cancelled
     */
    ReceivedPayment receive(
            String key, BigDecimal payment, LocalDate receivedOn, Actor actor, Channel channel, Instant now) {
        if (cancelledAt != null) {
            throw new PaymentRefusal(Reason.INVOICE_CANCELLED, number);
        }
        if (payment == null
                || payment.signum() <= 0
                || payment.stripTrailingZeros().scale() > 2) {
            throw new PaymentRefusal(Reason.NOT_AN_AMOUNT, number);
        }
        if (payment.compareTo(open()) > 0) {
            throw new PaymentRefusal(Reason.MORE_THAN_OPEN, number, open());
        }
        this.paid = paid.add(payment);
        if (open().signum() == 0) {
            this.settledAt = now;
        }
        return new ReceivedPayment(this, key, payment, receivedOn, actor, channel, now);
    }

    /** The order was cancelled: nothing is owed any more. Once is enough. */
    boolean cancel(Instant now) {
        if (cancelledAt != null) {
            return false;
        }
        this.cancelledAt = now;
        return true;
    }

    /** What is still to pay: nothing for a settled or cancelled invoice. */
    public BigDecimal open() {
        return cancelledAt != null ? BigDecimal.ZERO.setScale(amount.scale()) : amount.subtract(paid);
    }

    /** Whether money is still open after the due date, on {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return open().signum() > 0 && today.isAfter(dueOn);
    }

    /** Days since the due date on {@code today}; 0 while the invoice is not overdue. */
    public long daysOverdueOn(LocalDate today) {
        return isOverdueOn(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
