package org.clientela.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A card provider for testing and demonstrations that behaves like the sandboxes of real
 * providers: a number failing the Luhn check is invalid, two well-known test numbers decline,
 * and any other valid number is approved. Nothing leaves the server, and only the last four
 * digits are kept.
 */
@ApplicationScoped
public class TestCardPayment implements PaymentProvider {

    /** Declined by the issuer. */
    public static final String DECLINED_CARD = "4000000000000002";
    /** Declined for want of funds. */
    public static final String NO_FUNDS_CARD = "4000000000009995";

    @Override
    public PaymentMethod method() {
        return PaymentMethod.CARD;
    }

    @Override
    public Authorisation authorise(PaymentRequest request) {
        String digits = request.cardNumber() == null ? "" : request.cardNumber().replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}") || !passesLuhn(digits)) {
            return Authorisation.declined(Decline.INVALID_CARD);
        }
        if (digits.equals(DECLINED_CARD)) {
            return Authorisation.declined(Decline.DECLINED);
        }
        if (digits.equals(NO_FUNDS_CARD)) {
            return Authorisation.declined(Decline.INSUFFICIENT_FUNDS);
        }
        // the same key answers the same reference: an idempotent authorisation
        String reference =
                "testcard:" + UUID.nameUUIDFromBytes(request.idempotencyKey().getBytes(StandardCharsets.UTF_8));
        return Authorisation.approved(reference, "•••• " + digits.substring(digits.length() - 4));
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
