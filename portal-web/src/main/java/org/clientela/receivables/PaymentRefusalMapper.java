package org.clientela.receivables;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clientela.platform.ApiTexts;
import org.clientela.platform.Problem;

/**
 * A payment the invoice does not take. An unknown invoice is 404; an amount that is not one is 400
 * on the field {@code amount}, as a constraint would say it; more than is open, a cancelled invoice
 * and a payment id used for another payment are 409, each with a type of its own, and the amount
 * still open in {@code open} where it matters.
 */
@Provider
public class PaymentRefusalMapper implements ExceptionMapper<PaymentRefusal> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(PaymentRefusal refusal) {
        ApiTexts texts = ApiTexts.of(request);
        String number = refusal.getInvoiceNumber();
        return switch (refusal.getReason()) {
            case UNKNOWN_INVOICE ->
                Problem.http(404, texts.status(404))
                        .detail(texts.get("api.payment.unknownInvoice", number))
                        .response();
            case NOT_AN_AMOUNT ->
                Problem.of(400, "invalid", texts.get("api.problem.invalid"))
                        .field("amount", texts.get("api.payment.amount"))
                        .response();
            case MORE_THAN_OPEN ->
                Problem.of(409, "more-than-open", texts.get("api.problem.moreThanOpen"))
                        .detail(texts.get(
                                "api.payment.moreThanOpen",
                                number,
                                refusal.getOpen().toPlainString()))
                        .with("open", refusal.getOpen().toPlainString())
                        .response();
            case INVOICE_CANCELLED ->
                Problem.of(409, "invoice-cancelled", texts.get("api.problem.invoiceCancelled"))
                        .detail(texts.get("api.payment.cancelled", number))
                        .response();
            case KEY_REUSED ->
                Problem.of(409, "payment-id-reused", texts.get("api.problem.paymentIdReused"))
                        .detail(texts.get("api.payment.idReused"))
                        .response();
        };
    }
}
