package org.clientela.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.clientela.receivables.PaymentRefusal.Reason;
import org.junit.jupiter.api.Test;

/** The invoice's own rules: its due date, what it takes, and when it is overdue. */
class CustomerInvoiceTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Actor ERP = new Actor("erp", "ERP");

    private final Customer customer =
            new Customer(new SignInIdentity("subject-1", "olena@clientela.test", "Olena", "K", Language.EN, true), NOW);

    private CustomerInvoice invoice(String amount, int days) {
        return new CustomerInvoice(customer, 51, "CL-000051", new BigDecimal(amount), "EUR", ISSUED, days);
    }

    @Test
    void isDueTheTermsAfterItWasIssued() {
        assertThat(invoice("100.00", 14).getDueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(invoice("100.00", 0).getDueOn()).isEqualTo(ISSUED);
    }

    @Test
    void takesPartialPaymentsUntilNothingIsOpen() {
        CustomerInvoice invoice = invoice("100.00", 14);

        invoice.receive("a", new BigDecimal("40.00"), ISSUED, ERP, Channel.API, NOW);
        assertThat(invoice.open()).isEqualByComparingTo("60.00");
        assertThat(invoice.getSettledAt()).isNull();

        ReceivedPayment rest = invoice.receive("b", new BigDecimal("60"), ISSUED, ERP, Channel.API, NOW);
        assertThat(rest.getAmount()).isEqualByComparingTo("60.00");
        assertThat(invoice.open()).isEqualByComparingTo("0");
        assertThat(invoice.getSettledAt()).isEqualTo(NOW);
    }

    @Test
    void refusesMoreThanIsOpenAndKeepsWhatWasPaid() {
        CustomerInvoice invoice = invoice("100.00", 14);
        invoice.receive("a", new BigDecimal("90.00"), ISSUED, ERP, Channel.API, NOW);

        assertThatThrownBy(() -> invoice.receive("b", new BigDecimal("10.01"), ISSUED, ERP, Channel.API, NOW))
                .isInstanceOfSatisfying(PaymentRefusal.class, refusal -> {
                    assertThat(refusal.getReason()).isEqualTo(Reason.MORE_THAN_OPEN);
                    assertThat(refusal.getOpen()).isEqualByComparingTo("10.00");
                });
        assertThat(invoice.getPaid()).isEqualByComparingTo("90.00");
    }

    @Test
    void refusesWhatIsNoAmount() {
        CustomerInvoice invoice = invoice("100.00", 14);
        for (String amount : new String[] {"0", "-5.00", "1.005"}) {
            assertThatThrownBy(() -> invoice.receive("a", new BigDecimal(amount), ISSUED, ERP, Channel.API, NOW))
                    .as(amount)
                    .isInstanceOfSatisfying(
                            PaymentRefusal.class,
                            refusal -> assertThat(refusal.getReason()).isEqualTo(Reason.NOT_AN_AMOUNT));
        }
        assertThat(invoice.getPaid()).isEqualByComparingTo("0");
    }

    @Test
    void aCancelledInvoiceOwesNothingAndTakesNothing() {
        CustomerInvoice invoice = invoice("100.00", 14);
        assertThat(invoice.cancel(NOW)).isTrue();
        assertThat(invoice.cancel(NOW)).as("once is enough").isFalse();

        assertThat(invoice.open()).isEqualByComparingTo("0");
        assertThat(invoice.isOverdueOn(ISSUED.plusDays(60))).isFalse();
        assertThatThrownBy(() -> invoice.receive("a", BigDecimal.ONE, ISSUED, ERP, Channel.API, NOW))
                .isInstanceOfSatisfying(
                        PaymentRefusal.class,
                        refusal -> assertThat(refusal.getReason()).isEqualTo(Reason.INVOICE_CANCELLED));
    }

    @Test
    void isOverdueFromTheDayAfterItsDueDateWhileMoneyIsOpen() {
        CustomerInvoice invoice = invoice("100.00", 14);
        LocalDate due = invoice.getDueOn();

        assertThat(invoice.isOverdueOn(due)).isFalse();
        assertThat(invoice.daysOverdueOn(due)).isZero();
        assertThat(invoice.isOverdueOn(due.plusDays(1))).isTrue();
        assertThat(invoice.daysOverdueOn(due.plusDays(5))).isEqualTo(5);

        invoice.receive("a", new BigDecimal("100.00"), due.plusDays(6), ERP, Channel.API, NOW);
        assertThat(invoice.isOverdueOn(due.plusDays(7))).as("paid").isFalse();
    }
}
