package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
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
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import org.clientela.account.CustomerDirectory;
import org.clientela.account.SignedInCustomer;
import org.clientela.platform.Actor;
import org.clientela.platform.ApiErrors;
import org.clientela.platform.Channel;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.Roles;
import org.clientela.platform.UiLanguage;

/**
 * Ordering for apps acting for a customer, with the customer's bearer token or portal session:
 * {@code POST /api/account/orders} places an order through the same {@link Checkout} as the
 * checkout page, {@code GET /api/account/orders} lists them, {@code GET /api/account/orders/{id}}
 * reads one and {@code POST /api/account/orders/{id}/cancel} cancels it, through the same
 * services and access rules as the order pages. The {@code Idempotency-Key}
 * header plays the checkout form's key: the same key again answers the order it placed (200
 * instead of 201), however often it is sent. Refusals and bad fields come back as JSON in the
 * caller's language ({@code language} of the body, else {@code Accept-Language}).
 */
@Path("account/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class CustomerOrdersResource {

    public record LineRequest(String sku, Integer quantity) {}

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
            List<LineRequest> lines,
            BigDecimal expectedTotal,
            AddressRequest shipping,
            AddressRequest billing,
            DeliveryMethod delivery,
            PaymentMethod payment,
            String cardNumber,
            String language) {}

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

    @Inject
    private ValidatorFactory validation;

    @Context
    private HttpServletRequest request;

    @POST
    public Response place(@HeaderParam("Idempotency-Key") String key, OrderRequest order) {
        Language language = language(order == null ? null : order.language());
        ResourceBundle texts = texts(language);
        Actor actor = user.actor();
        if (order == null) {
            return ApiErrors.of(Response.Status.BAD_REQUEST, "malformed-request", texts.getString("api.order.noBody"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (key == null || !key.matches("[A-Za-z0-9-]{16,64}")) {
            errors.add(new FieldError("Idempotency-Key", texts.getString("api.order.key")));
        }
        Optional<Long> account = account(order.account());
        if (account.isEmpty()) {
            return ApiErrors.of(Response.Status.FORBIDDEN, "no-account", texts.getString("api.order.noAccount"));
        }
        Map<String, Integer> lines = lines(order.lines(), texts, errors);
        Validator validator = validator(language.locale());
        OrderAddress shipping = address(order.shipping(), "shipping", validator, texts, errors);
        OrderAddress billing =
                order.billing() == null ? shipping : address(order.billing(), "billing", validator, texts, errors);
        if (order.expectedTotal() == null) {
            errors.add(new FieldError("expectedTotal", texts.getString("api.order.total")));
        }
        if (order.delivery() == null) {
            errors.add(new FieldError("delivery", texts.getString("api.field.required")));
        }
        if (order.payment() == null) {
            errors.add(new FieldError("payment", texts.getString("api.field.required")));
        }
        if (!errors.isEmpty()) {
            return invalid(errors, texts);
        }

        try {
            OrderReceipt receipt = checkout.place(
                    actor,
                    account.get(),
                    new CheckoutRequest(
                            key,
                            lines,
                            order.expectedTotal(),
                            shipping,
                            billing,
                            order.delivery(),
                            order.payment(),
                            order.payment() == PaymentMethod.CARD ? order.cardNumber() : null,
                            language),
                    Channel.API);
            return receipt.repeated()
                    ? Response.ok(placed(receipt)).build()
                    : Response.created(URI.create("account/orders/" + receipt.id()))
                            .entity(placed(receipt))
                            .build();
        } catch (CheckoutRefusal refusal) {
            return refused(refusal, order.lines(), texts);
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
        ResourceBundle texts = texts(language(null));
        Optional<Long> id = account(account);
        if (id.isEmpty()) {
            return ApiErrors.of(Response.Status.FORBIDDEN, "no-account", texts.getString("api.order.noAccount"));
        }
        OrderStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return invalid(
                        List.of(new FieldError(
                                "status",
                                MessageFormat.format(
                                        texts.getString("api.order.status"), Arrays.toString(OrderStatus.values())))),
                        texts);
            }
        }
        return Response.ok(orders.list(user.actor(), id.get(), wanted, text).stream()
                        .map(Listed::of)
                        .toList())
                .build();
    }

    /** The order with its lines and timeline, for whoever may see the account's orders. */
    @GET
    @Path("{id}")
    public Response order(@PathParam("id") long id) {
        try {
            return Response.ok(StoreOrdersResource.OrderView.of(orders.order(user.actor(), id)))
                    .build();
        } catch (OrderNotFoundException e) {
            return notFound();
        }
    }

    /**
     * Cancels an order not shipped yet, for its owner or whoever may order for the account
     * ({@code PLACE_ORDERS}); the goods go back to the stock. Sent again, it answers {@code
     * "changed": false}; an order on its way answers 409.
     */
    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        ResourceBundle texts = texts(language(null));
        try {
            boolean changed = orders.cancel(user.actor(), id, Channel.API);
            return Response.ok(Json.createObjectBuilder()
                            .add("id", id)
                            .add("number", CustomerOrder.numberOf(id))
                            .add("status", OrderStatus.CANCELLED.name())
                            .add("changed", changed)
                            .build()
                            .toString())
                    .build();
        } catch (OrderNotFoundException e) {
            return notFound();
        } catch (IllegalTransitionException e) {
            return ApiErrors.of(
                    Response.Status.CONFLICT,
                    "illegal-transition",
                    MessageFormat.format(
                            texts.getString("api.order.cannotCancel"), CustomerOrder.numberOf(id), e.getFrom()));
        }
    }

    private Response notFound() {
        return ApiErrors.of(
                Response.Status.NOT_FOUND, "not-found", texts(language(null)).getString("api.order.notFound"));
    }

    private static ResourceBundle texts(Language language) {
        return ResourceBundle.getBundle("org.clientela.web.messages", language.locale());
    }

    /** The account asked for, else the one the session acts for, else the caller's own. */
    private Optional<Long> account(Long asked) {
        OptionalLong recognised = SignedInCustomer.recognisedIn(request);
        return asked != null
                ? Optional.of(asked)
                : recognised.isPresent()
                        ? Optional.of(recognised.getAsLong())
                        : directory.findBySubject(user.actor().subject()).map(Customer::getId);
    }

    private record FieldError(String field, String message) {}

    /** The body's language, else the one the client asks for, else the portal's choice for this browser. */
    private Language language(String asked) {
        return Language.fromTag(asked)
                .or(() -> request.getHeader("Accept-Language") == null
                        ? Optional.empty()
                        : Collections.list(request.getLocales()).stream()
                                .flatMap(locale -> Language.fromTag(locale.toLanguageTag()).stream())
                                .findFirst())
                .orElseGet(() -> UiLanguage.of(request));
    }

    /** The lines as the checkout takes them, a SKU named twice adding up. */
    private static Map<String, Integer> lines(List<LineRequest> asked, ResourceBundle texts, List<FieldError> errors) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (asked == null || asked.isEmpty()) {
            errors.add(new FieldError("lines", texts.getString("checkout.emptyCart")));
            return lines;
        }
        for (int i = 0; i < asked.size(); i++) {
            LineRequest line = asked.get(i);
            if (line == null || line.sku() == null || line.sku().isBlank()) {
                errors.add(new FieldError("lines[" + i + "].sku", texts.getString("api.field.required")));
            } else if (line.quantity() == null
                    || line.quantity() < 1
                    || lines.getOrDefault(line.sku(), 0) + line.quantity() > CartPricing.MAX_QUANTITY) {
                errors.add(new FieldError(
                        "lines[" + i + "].quantity",
                        MessageFormat.format(texts.getString("api.order.quantity"), CartPricing.MAX_QUANTITY)));
            } else {
                lines.merge(line.sku(), line.quantity(), Integer::sum);
            }
        }
        return lines;
    }

    private static OrderAddress address(
            AddressRequest asked, String field, Validator validator, ResourceBundle texts, List<FieldError> errors) {
        if (asked == null) {
            errors.add(new FieldError(field, texts.getString("api.field.required")));
            return null;
        }
        OrderAddress address = asked.toAddress();
        for (ConstraintViolation<OrderAddress> violation : validator.validate(address)) {
            errors.add(new FieldError(field + "." + violation.getPropertyPath(), violation.getMessage()));
        }
        return address;
    }

    /** Bean Validation's messages in the caller's language rather than the server's. */
    private Validator validator(Locale locale) {
        MessageInterpolator standard = validation.getMessageInterpolator();
        return validation
                .usingContext()
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return standard.interpolate(template, context, locale);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale ignored) {
                        return standard.interpolate(template, context, locale);
                    }
                })
                .getValidator();
    }

    private static Response invalid(List<FieldError> errors, ResourceBundle texts) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        errors.forEach(e ->
                fields.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("error", "invalid")
                        .add("message", texts.getString("api.order.invalid"))
                        .add("fields", fields)
                        .build()
                        .toString())
                .build();
    }

    /** Why no order was placed; nothing was kept. A refused SKU is named by its line. */
    private static Response refused(CheckoutRefusal refusal, List<LineRequest> asked, ResourceBundle texts) {
        int status = switch (refusal.getReason()) {
            case PRODUCT_GONE, NOT_ENOUGH_STOCK, PRICE_CHANGED -> 409;
            case BUSY -> 503;
            case EMPTY_CART, EMAIL_NOT_VERIFIED, CARD_INVALID, CARD_DECLINED -> 422;
        };
        String message = texts.getString(
                switch (refusal.getReason()) {
                    case EMPTY_CART -> "checkout.emptyCart";
                    case PRODUCT_GONE, NOT_ENOUGH_STOCK -> "checkout.cartProblem";
                    case PRICE_CHANGED -> "checkout.priceChanged";
                    case EMAIL_NOT_VERIFIED -> "checkout.unverified";
                    case CARD_INVALID -> "checkout.cardInvalid";
                    case CARD_DECLINED -> "checkout.cardDeclined";
                    case BUSY -> "checkout.busy";
                });
        var body = Json.createObjectBuilder()
                .add(
                        "error",
                        refusal.getReason().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .add("message", message);
        if (refusal.getSku() != null) {
            for (int i = 0; i < asked.size(); i++) {
                if (refusal.getSku().equals(asked.get(i).sku())) {
                    body.add("field", "lines[" + i + "]");
                    break;
                }
            }
            body.add("sku", refusal.getSku());
            if (refusal.getReason() == CheckoutRefusal.Reason.NOT_ENOUGH_STOCK) {
                body.add("available", refusal.getAvailable());
            }
        }
        Response.ResponseBuilder answer = Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(body.build().toString());
        if (status == 503) {
            answer.header("Retry-After", "1");
        }
        return answer.build();
    }

    private static Placed placed(OrderReceipt receipt) {
        return new Placed(receipt.id(), receipt.number(), "/account/order?id=" + receipt.id());
    }
}
