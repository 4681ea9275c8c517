package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Roles;
import org.clientela.receivables.PaymentReceipt;

/**
 * Payments the ERP received for orders paid on invoice: {@code POST
 * /api/store/invoices/{number}/payments} with {@code {"paymentId": …, "amount": 12.50,
 * "receivedOn": "2026-12-08"}}, the invoice's number being its order's. The ERP's own payment id
 * makes a post safe to repeat: the same id answers the same and credits nothing again.
 */
@Path("store/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
public class StoreInvoicesResource {

    /** A payment as the ERP posts it; {@code receivedOn} is today when left out. */
    public record PaymentPost(
            @NotBlank(message = "{api.field.required}") @Size(max = 80, message = "{api.payment.id}")
            String paymentId,

            @NotNull(message = "{api.field.required}")
            @Positive(message = "{api.payment.amount}")
            @Digits(integer = 10, fraction = 2, message = "{api.payment.amount}")
            BigDecimal amount,

            LocalDate receivedOn) {}

    /** The payment as taken, and where its invoice stands. */
    public record PaymentView(
            String paymentId,
            String invoice,
            BigDecimal amount,
            LocalDate receivedOn,
            BigDecimal invoiceAmount,
            BigDecimal paid,
            BigDecimal open,
            String currency,
            boolean settled) {

        static PaymentView of(String paymentId, PaymentReceipt receipt) {
            return new PaymentView(
                    paymentId,
                    receipt.invoiceNumber(),
                    receipt.amount(),
                    receipt.receivedOn(),
                    receipt.invoiceAmount(),
                    receipt.paid(),
                    receipt.open(),
                    receipt.currency(),
                    receipt.settled());
        }
    }

    /** The ERP's payment ids live in a namespace of their own, apart from the keys of staff forms. */
    static final String ERP_KEY = "erp:";

    @Inject
    private OrderPayments payments;

    @Inject
    private CurrentUser currentUser;

    @POST
    @Path("{number}/payments")
    public Response receive(
            @PathParam("number") String number, @NotNull(message = "{api.erp.noPayment}") @Valid PaymentPost post) {
        Actor erp = new Actor(currentUser.subject(), currentUser.getDisplayName());
        PaymentReceipt receipt = payments.receive(
                number, ERP_KEY + post.paymentId(), post.amount(), post.receivedOn(), erp, Channel.API);
        return Response.ok(PaymentView.of(post.paymentId(), receipt)).build();
    }
}
