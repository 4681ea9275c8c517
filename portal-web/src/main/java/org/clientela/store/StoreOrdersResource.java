package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.InvalidFieldException;
import org.clientela.platform.Roles;

/**
 * The warehouse's side of orders: {@code GET /api/store/orders?since=} reads the orders changed
 * after an instant, oldest change first, a page at a time; {@code POST
 * /api/store/orders/{number}/status} moves one along. Posting the status an order has already
 * changes nothing and answers the same, so the ERP may retry freely.
 */
@Path("store/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
public class StoreOrdersResource {

    /** What the ERP may say about an order. */
    static final Set<OrderStatus> POSTABLE = EnumSet.of(
            OrderStatus.CONFIRMED,
            OrderStatus.PAID,
            OrderStatus.SHIPPED,
            OrderStatus.DELIVERED,
            OrderStatus.RETURNED,
            OrderStatus.CANCELLED);

    public record Line(
            String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal vatRate, BigDecimal total) {}

    public record Address(String recipient, String street, String postalCode, String city, String country) {

        static Address of(OrderAddress address) {
            return new Address(
                    address.getRecipient(),
                    address.getStreet(),
                    address.getPostalCode(),
                    address.getCity(),
                    address.getCountry());
        }
    }

    public record Step(OrderStatus status, Instant at, Channel channel, String note) {}

    /** An order as the ERP reads it. */
    public record OrderView(
            String number,
            OrderStatus status,
            long customerId,
            String customerEmail,
            Instant placedAt,
            Instant updatedAt,
            DeliveryMethod delivery,
            BigDecimal deliveryPrice,
            PaymentMethod payment,
            String paymentReference,
            Instant paidAt,
            Address shipping,
            Address billing,
            List<Line> lines,
            BigDecimal total,
            String currency,
            Shipment shipment,
            List<Step> steps) {

        static OrderView of(CustomerOrder order) {
            return new OrderView(
                    order.number(),
                    order.getStatus(),
                    order.getCustomer().getId(),
                    order.getCustomer().getEmail(),
                    order.getPlacedAt(),
                    order.getUpdatedAt(),
                    order.getDeliveryMethod(),
                    order.getDeliveryPrice(),
                    order.getPaymentMethod(),
                    order.getPaymentReference(),
                    order.getPaidAt(),
                    Address.of(order.getShipping()),
                    Address.of(order.getBilling()),
                    order.getLines().stream()
                            .map(l -> new Line(
                                    l.getSku(),
                                    l.getName(),
                                    l.getQuantity(),
                                    l.getUnitPrice(),
                                    l.getVatRate(),
                                    l.getTotal()))
                            .toList(),
                    order.getTotal(),
                    order.getCurrency(),
                    order.shipment(),
                    order.getSteps().stream()
                            .map(s -> new Step(s.getStatus(), s.getOccurredAt(), s.getChannel(), s.getNote()))
                            .toList());
        }
    }

    /** A page of changed orders; {@code next} is the {@code since} of the following page, null at the end. */
    public record Changes(List<OrderView> orders, Instant next) {}

    /** {@code {"status": "SHIPPED", "carrier": …, "trackingNumber": …, "trackingUrl": …}}. */
    public record StatusChange(
            @NotNull(message = "{api.field.required}") OrderStatus status,
            String carrier,
            String trackingNumber,
            String trackingUrl) {

        /** The shipment a {@code SHIPPED} status brings, with its constraints ({@code shipment.carrier}); none for any other. */
        @Valid
        public Shipment getShipment() {
            return status == OrderStatus.SHIPPED ? new Shipment(carrier, trackingNumber, trackingUrl) : null;
        }
    }

    @Inject
    private OrderDesk desk;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response changedSince(@QueryParam("since") String since, @QueryParam("limit") Integer limit) {
        Instant from;
        try {
            from = since == null ? Instant.EPOCH : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("since", "api.erp.since");
        }
        int max = limit == null ? OrderDesk.PAGE_LIMIT : Math.max(1, Math.min(limit, OrderDesk.PAGE_LIMIT));
        List<OrderView> orders =
                desk.changedSince(from, max).stream().map(OrderView::of).toList();
        Instant next =
                orders.size() < max ? null : orders.get(orders.size() - 1).updatedAt();
        return Response.ok(new Changes(orders, next)).build();
    }

    @GET
    @Path("{number}")
    public Response order(@PathParam("number") String number) {
        return Response.ok(OrderView.of(desk.order(idOf(number)))).build();
    }

    @POST
    @Path("{number}/status")
    public Response changeStatus(
            @PathParam("number") String number, @NotNull(message = "{api.erp.noBody}") @Valid StatusChange change) {
        if (!POSTABLE.contains(change.status())) {
            throw new InvalidFieldException("status", "api.order.status", POSTABLE);
        }
        Actor erp = new Actor(currentUser.subject(), currentUser.getDisplayName());
        boolean changed = desk.move(idOf(number), change.status(), change.getShipment(), erp, Channel.API);
        return Response.ok(Json.createObjectBuilder()
                        .add("number", number)
                        .add("status", change.status().name())
                        .add("changed", changed)
                        .build()
                        .toString())
                .build();
    }

    /** The order's id, for a number that can name one; any other is no order at all. */
    private static long idOf(String number) {
        long id = CustomerOrder.idOf(number);
        if (id < 0) {
            throw new OrderNotFoundException(number);
        }
        return id;
    }
}
