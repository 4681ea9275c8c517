package org.clientela.store;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;

/**
 * An order: its lines and addresses as they were when placed, and its way through the
 * lifecycle. Every move is checked against {@link OrderStatus#next} and written down as a step
 * of the timeline, so the order never stands anywhere it could not have got to.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_seq")
    @SequenceGenerator(name = "customer_order_seq", sequenceName = "customer_order_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "placed_by_subject", nullable = false, updatable = false, length = 64)
    private String placedBySubject;

    @Column(name = "placed_by_name", length = 200)
    private String placedByName;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 64)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", nullable = false, length = 20)
    private DeliveryMethod deliveryMethod;

    @Column(name = "delivery_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal deliveryPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 20)
    private PaymentMethod paymentMethod;

    @Column(name = "payment_reference", nullable = false, length = 80)
    private String paymentReference;

    @Column(name = "payment_note", length = 80)
    private String paymentNote;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "recipient", column = @Column(name = "ship_recipient")),
        @AttributeOverride(name = "street", column = @Column(name = "ship_street")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code")),
        @AttributeOverride(name = "city", column = @Column(name = "ship_city")),
        @AttributeOverride(name = "country", column = @Column(name = "ship_country"))
    })
    private OrderAddress shipping;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "recipient", column = @Column(name = "bill_recipient")),
        @AttributeOverride(name = "street", column = @Column(name = "bill_street")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "bill_postal_code")),
        @AttributeOverride(name = "city", column = @Column(name = "bill_city")),
        @AttributeOverride(name = "country", column = @Column(name = "bill_country"))
    })
    private OrderAddress billing;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_step", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "step_no")
    private List<OrderStep> steps = new ArrayList<>();

    @Column(name = "total", nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency = Product.CURRENCY;

    @Column(name = "carrier", length = 60)
    private String carrier;

    @Column(name = "tracking_number", length = 80)
    private String trackingNumber;

    @Column(name = "tracking_url", length = 500)
    private String trackingUrl;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CustomerOrder() {}

    CustomerOrder(
            Customer customer,
            Actor placedBy,
            String idempotencyKey,
            Language language,
            DeliveryMethod deliveryMethod,
            OrderAddress shipping,
            OrderAddress billing,
            Channel channel,
            Instant now) {
        this.customer = Objects.requireNonNull(customer);
        this.placedBySubject = Objects.requireNonNull(placedBy.subject(), "an order is placed by a person");
        this.placedByName = placedBy.name();
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.language = language;
        this.deliveryMethod = deliveryMethod;
        this.deliveryPrice = deliveryMethod.price();
        this.shipping = shipping;
        this.billing = billing;
        this.status = OrderStatus.PLACED;
        this.total = deliveryPrice;
        this.placedAt = now;
        this.updatedAt = now;
        this.steps.add(new OrderStep(OrderStatus.PLACED, now, placedBy.name(), channel, null));
    }

    void add(OrderLine line) {
        if (id != null) {
            throw new IllegalStateException("lines are added only while the order is being placed");
        }
        lines.add(line);
        total = total.add(line.getTotal());
    }

    void paidWith(PaymentMethod method, String reference, String note) {
        this.paymentMethod = method;
        this.paymentReference = reference;
        this.paymentNote = note;
    }

    /**
     * Moves the order on. Moving it to where it stands already changes nothing and answers false,
     * so a repeated call (an ERP retrying) has the same result as the first. {@link
     * OrderStatus#PAID} records the payment: before shipping the order moves to it, after shipping
     * (an invoice paid on delivery) it stays where it is and the timeline shows the payment.
     *
     * @throws IllegalTransitionException when the lifecycle does not lead there from here
     */
    boolean moveTo(OrderStatus target, Shipment shipment, Actor actor, Channel channel, Instant now) {
        if (target == status && (target != OrderStatus.SHIPPED || Objects.equals(shipment, shipment()))) {
            return false;
        }
        if (target == OrderStatus.PAID && paidAt != null) {
            return false;
        }
        if (!nextSteps().contains(target)) {
            throw new IllegalTransitionException(this, target);
        }
        String note = null;
        if (target == OrderStatus.SHIPPED) {
            Objects.requireNonNull(shipment, "a shipped order has a carrier and tracking number");
            this.carrier = shipment.carrier();
            this.trackingNumber = shipment.trackingNumber();
            this.trackingUrl = shipment.trackingUrl();
            note = shipment.carrier() + " " + shipment.trackingNumber();
        }
        if (target == OrderStatus.PAID) {
            this.paidAt = now;
        }
        if (target != OrderStatus.PAID || status.isBeforeShipping()) {
            this.status = target;
        }
        this.updatedAt = now;
        this.steps.add(new OrderStep(target, now, actor.name(), channel, note));
        return true;
    }

    /** The steps the lifecycle allows this order from where it stands. */
    public Set<OrderStatus> nextSteps() {
        return status.next(paymentMethod, paidAt != null);
    }

    /** Closing the account: the order stays for accounting, without whom it went to. */
    void anonymise() {
        this.shipping = shipping.anonymised();
        this.billing = billing.anonymised();
        this.placedByName = null;
        // the customer's own steps (in the pages or through the API) named them; staff and ERP steps did not
        this.steps.stream()
                .filter(s -> s.getChannel() == Channel.WEB || s.getChannel() == Channel.API)
                .forEach(OrderStep::forgetActor);
    }

    /** The number customers, staff and the ERP know the order by; null until the order is saved. */
    public String number() {
        return id == null ? null : numberOf(id);
    }

    public static String numberOf(long id) {
        String digits = Long.toString(id);
        // "CL-%06d" without String.format, which parses its pattern on every call
        return digits.length() >= 6 ? "CL-" + digits : "CL-" + "000000".substring(digits.length()) + digits;
    }

    /** The id in a number as {@link #number()} writes it, or -1 when it is not one. */
    public static long idOf(String number) {
        if (number == null || !number.matches("CL-\\d{6,18}")) {
            return -1;
        }
        return Long.parseLong(number.substring(3));
    }

    public Shipment shipment() {
        return carrier == null ? null : new Shipment(carrier, trackingNumber, trackingUrl);
    }

    public boolean isPlacedByOther() {
        return !placedBySubject.equals(customer.getSubject());
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getPlacedBySubject() {
        return placedBySubject;
    }

    public String getPlacedByName() {
        return placedByName;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Language getLanguage() {
        return language;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public BigDecimal getDeliveryPrice() {
        return deliveryPrice;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getPaymentNote() {
        return paymentNote;
    }

    public OrderAddress getShipping() {
        return shipping;
    }

    public OrderAddress getBilling() {
        return billing;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<OrderStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getCurrency() {
        return currency;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }

    /** When the payment was approved or received; null while the order is unpaid. */
    public Instant getPaidAt() {
        return paidAt;
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
