package org.clientela.store;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.clientela.platform.ApiTexts;
import org.clientela.platform.Problem;

/**
 * Why the checkout placed no order, with the checkout page's own sentence: the goods or the price
 * moved since the caller looked (409), the payment or the customer cannot order (422), or others
 * are buying the same goods at this instant (503, try again in a second). The type names the
 * reason ({@code …:not-enough-stock}); {@code sku} and {@code available} say which product.
 */
@Provider
public class OrderRefusedMapper implements ExceptionMapper<OrderRefusedException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(OrderRefusedException exception) {
        CheckoutRefusal refusal = exception.refusal();
        int status = switch (refusal.getReason()) {
            case PRODUCT_GONE, NOT_ENOUGH_STOCK, PRICE_CHANGED -> 409;
            case BUSY -> 503;
            case EMPTY_CART, EMAIL_NOT_VERIFIED, CARD_INVALID, CARD_DECLINED -> 422;
        };
        String text = ApiTexts.of(request)
                .get(
                        switch (refusal.getReason()) {
                            case EMPTY_CART -> "checkout.emptyCart";
                            case PRODUCT_GONE, NOT_ENOUGH_STOCK -> "checkout.cartProblem";
                            case PRICE_CHANGED -> "checkout.priceChanged";
                            case EMAIL_NOT_VERIFIED -> "checkout.unverified";
                            case CARD_INVALID -> "checkout.cardInvalid";
                            case CARD_DECLINED -> "checkout.cardDeclined";
                            case BUSY -> "checkout.busy";
                        });
        Problem problem = Problem.of(
                status, refusal.getReason().name().toLowerCase(Locale.ROOT).replace('_', '-'), text);
        if (refusal.getSku() != null) {
            if (exception.line() >= 0) {
                problem.field("lines[" + exception.line() + "]", text);
            }
            problem.with("sku", refusal.getSku());
            if (refusal.getReason() == CheckoutRefusal.Reason.NOT_ENOUGH_STOCK) {
                problem.with("available", refusal.getAvailable());
            }
        }
        Response.ResponseBuilder answer = problem.builder();
        if (status == 503) {
            answer.header("Retry-After", "1");
        }
        return answer.build();
    }
}
