package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.clientela.account.CustomerDirectory;
import org.clientela.account.NoCustomerRecordException;
import org.clientela.account.SignedInCustomer;
import org.clientela.platform.ApiTexts;
import org.clientela.platform.Channel;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Customer;
import org.clientela.platform.InvalidFieldException;
import org.clientela.platform.Language;
import org.clientela.platform.Roles;

/**
 * Ordering for apps acting for a customer, with the customer's bearer token or portal session:
 * {@code POST /api/account/orders} places an order through the same {@link Checkout} as the
 * checkout page, {@code GET /api/account/orders} lists them, {@code GET /api/account/orders/{id}}
 * reads one and {@code POST /api/account/orders/{id}/cancel} cancels it, through the same
 * services and access rules as the order pages. The {@code Idempotency-Key}
 * header plays the checkout form's key: the same key again answers the order it placed (200
 * instead of 201), however often it is sent. Bad fields are found by the constraints on the
 * request records; they and every refusal are answered by the API's exception mappers as problem
 * details in the caller's language.
 */
@Path("account/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class CustomerOrdersResource {

    /** A line; the quantity's bounds are the cart's ({@link CartPricing#MAX_QUANTITY}). */
    public record LineRequest(
            @NotBlank(message = "{api.field.required}") String sku,

            @NotNull(message = "{api.order.quantity}")
            @Min(value = 1, message = "{api.order.quantity}")
            @Max(value = CartPricing.MAX_QUANTITY, message = "{api.order.quantity}")
            Integer quantity) {}

    /** An address; its rules are {@link OrderAddress}'s, checked through {@link OrderRequest#getShipping()}. */
    public record AddressRequest(String recipient, String street, String postalCode, String city, String country) {

        OrderAddress toAddress() {
            return new OrderAddress(strip(recipient), strip(street), strip(postalCode), strip(city), country);
        }

        private static String strip(String text) {
            return text == null ? null : text.strip();
        }
    }

    /**
     * @param account the account the order is for; the caller's own when absent
     * @param expectedTotal the total shown to the customer, delivery included
     * @param billing the shipping address when absent
     * @param language the order's language (its mails, its invoice); the caller's when absent
     */
    public record OrderRequest(
            Long account,

            @NotEmpty(message = "{api.order.noLines}")
            List<@NotNull(message = "{api.field.required}") @Valid LineRequest> lines,

            @NotNull(message = "{api.order.total}") BigDecimal expectedTotal,
            @NotNull(message = "{api.field.required}") AddressRequest shipping,
            AddressRequest billing,
            @NotNull(message = "{api.field.required}") DeliveryMethod delivery,
            @NotNull(message = "{api.field.required}") PaymentMethod payment,
            String cardNumber,
            String language) {

        /** The addresses as the order keeps them, with {@link OrderAddress}'s constraints: {@code shipping.city}. */
        @Valid
        public OrderAddress getShipping() {
            return shipping == null ? null : shipping.toAddress();
        }

        @Valid
        public OrderAddress getBilling() {
            return billing == null ? null : billing.toAddress();
        }
    }

    /** What a placement answers; {@code page} is where a person sees the order in the portal. */
    public record Placed(long id, String number, String page) {}

    @Inject
    private Checkout checkout;

    @Inject
    private CustomerOrders orders;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private CurrentUser user;

    @Context
    private HttpServletRequest request;

    @POST
    public Response place(
            @HeaderParam("Idempotency-Key")
                    @NotNull(message = "{api.order.key}")
                    @Pattern(regexp = "[A-Za-z0-9-]{16,64}", message = "{api.order.key}")
                    String key,
            @NotNull(message = "{api.order.noBody}") @Valid OrderRequest order) {
        long account = account(order.account());
        OrderAddress shipping = order.getShipping();
        OrderAddress billing = order.billing() == null ? shipping : order.getBilling();
        try {
            OrderReceipt receipt = checkout.place(
                    user.actor(),
                    account,
                    new CheckoutRequest(
                            key,
                            lines(order.lines()),
                            order.expectedTotal(),
                            shipping,
                            billing,
                            order.delivery(),
                            order.payment(),
                            order.payment() == PaymentMethod.CARD ? order.cardNumber() : null,
                            Language.fromTag(order.language()).orElseGet(() -> ApiTexts.language(request))),
                    Channel.API);
            return receipt.repeated()
                    ? Response.ok(placed(receipt)).build()
                    : Response.created(URI.create("account/orders/" + receipt.id()))
                            .entity(placed(receipt))
                            .build();
        } catch (CheckoutRefusal refusal) {
            throw new OrderRefusedException(refusal, lineOf(refusal.getSku(), order.lines()));
        }
    }

    /** An order as the list shows it, with the address of its page in the portal. */
    public record Listed(
            long id,
            String number,
            Instant placedAt,
            OrderStatus status,
            BigDecimal total,
            String currency,
            long items,
            String page) {

        static Listed of(OrderSummary order) {
            return new Listed(
                    order.id(),
                    order.number(),
                    order.placedAt(),
                    order.status(),
                    order.total(),
                    order.currency(),
                    order.items(),
                    "/account/order?id=" + order.id());
        }
    }

    /**
     * The account's orders, newest first, at most {@value CustomerOrders#LIST_LIMIT}: the caller's
     * own, or with {@code account} those of someone who granted the caller {@code VIEW_ORDERS};
     * {@code status} and {@code q} (a number, a product's name or SKU) narrow it as the list page does.
     */
    @GET
    public Response list(
            @QueryParam("account") Long account, @QueryParam("status") String status, @QueryParam("q") String text) {
        OrderStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("status", "api.order.status", Arrays.toString(OrderStatus.values()));
            }
        }
        return Response.ok(orders.list(user.actor(), account(account), wanted, text).stream()
                        .map(Listed::of)
                        .toList())
                .build();
    }

    /** The order with its lines and timeline, for whoever may see the account's orders. */
    @GET
    @Path("{id}")
    public Response order(@PathParam("id") long id) {
        return Response.ok(StoreOrdersResource.OrderView.of(orders.order(user.actor(), id)))
                .build();
    }

    /**
     * Cancels an order not shipped yet, for its owner or whoever may order for the account
     * ({@code PLACE_ORDERS}); the goods go back to the stock. Sent again, it answers {@code
     * "changed": false}; an order on its way answers 409.
     */
    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        boolean changed = orders.cancel(user.actor(), id, Channel.API);
        return Response.ok(Json.createObjectBuilder()
                        .add("id", id)
                        .add("number", CustomerOrder.numberOf(id))
                        .add("status", OrderStatus.CANCELLED.name())
                        .add("changed", changed)
                        .build()
                        .toString())
                .build();
    }

    /**
     * The account asked for, else the one the session acts for, else the caller's own; a caller
     * with no customer record yet has none, and may do nothing here.
     */
    private long account(Long asked) {
        if (asked != null) {
            return asked;
        }
        OptionalLong recognised = SignedInCustomer.recognisedIn(request);
        if (recognised.isPresent()) {
            return recognised.getAsLong();
        }
        return directory
                .findBySubject(user.actor().subject())
                .map(Customer::getId)
                .orElseThrow(() -> new NoCustomerRecordException(user.actor().subject()));
    }

    /** The lines as the checkout takes them, a SKU named twice adding up, within the cart's bound. */
    private static Map<String, Integer> lines(List<LineRequest> asked) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            LineRequest line = asked.get(i);
            if (lines.merge(line.sku(), line.quantity(), Integer::sum) > CartPricing.MAX_QUANTITY) {
                throw new InvalidFieldException("lines[" + i + "].quantity", "api.order.quantity");
            }
        }
        return lines;
    }

    /** Which line of the request names the refused SKU, -1 when none. */
    private static int lineOf(String sku, List<LineRequest> asked) {
        for (int i = 0; sku != null && i < asked.size(); i++) {
            if (sku.equals(asked.get(i).sku())) {
                return i;
            }
        }
        return -1;
    }

    private static Placed placed(OrderReceipt receipt) {
        return new Placed(receipt.id(), receipt.number(), "/account/order?id=" + receipt.id());
    }
}
