package org.clientela.store;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Map;
import org.clientela.platform.Language;

/**
 * An order as the checkout form submits it.
 *
 * @param idempotencyKey made once per checkout form: submitting the same form again (a double
 *     click, a reload, a retry) finds the order the first submission placed
 * @param lines SKUs and quantities, in the cart's order
 * @param expectedTotal the total the customer saw, delivery included; a different total today
 *     stops the order so that they see the new one first
 * @param cardNumber for {@link PaymentMethod#CARD} only; handed to the provider, never stored
 */
public record CheckoutRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9-]{16,64}") String idempotencyKey,
        @NotEmpty Map<String, Integer> lines,
        @NotNull BigDecimal expectedTotal,
        @NotNull @Valid OrderAddress shipping,
        @NotNull @Valid OrderAddress billing,
        @NotNull DeliveryMethod delivery,
        @NotNull PaymentMethod payment,
        String cardNumber,
        @NotNull Language language) {

    @Override
    public String toString() {
        // the card number stays out of logs
        return "CheckoutRequest[" + idempotencyKey + ", " + lines + ", " + expectedTotal + ", " + payment + "]";
    }
}
