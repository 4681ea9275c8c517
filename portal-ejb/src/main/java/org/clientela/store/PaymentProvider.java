package org.clientela.store;

import java.math.BigDecimal;

/**
 * A payment step of checkout. Implementations are CDI beans, one per {@link PaymentMethod}; a real
 * payment service provider would be one more. Authorising twice with the same idempotency key
 * must answer the same result without charging twice, as checkout retries on a stock conflict.
 */
public interface PaymentProvider {

    PaymentMethod method();

    Authorisation authorise(PaymentRequest request);

    /** What to authorise; {@code cardNumber} is null for methods without a card. */
    record PaymentRequest(String idempotencyKey, BigDecimal amount, String currency, String cardNumber) {}

    /**
     * The provider's answer. {@code reference} is what the provider knows the payment by; {@code
     * note} is what the customer may see again (never a full card number).
     */
    record Authorisation(Decline decline, String reference, String note) {

        public static Authorisation approved(String reference, String note) {
            return new Authorisation(null, reference, note);
        }

        public static Authorisation declined(Decline decline) {
            return new Authorisation(decline, null, null);
        }

        public boolean isApproved() {
            return decline == null;
        }
    }

    enum Decline {
        INVALID_CARD,
        DECLINED,
        INSUFFICIENT_FUNDS
    }
}
