package org.clientela.receivables;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;

/**
 * How many days an account has to pay an invoice: what sales agreed with that account (a person or
 * a company, which is an account of its own), else the portal's default, a CRM setting admins
 * keep ({@value #DEFAULT_SETTING}, {@value #FALLBACK_DAYS} when unset or unreadable). The terms in
 * force when an invoice is issued fix its due date; changing them later moves no due date.
 */
@Stateless
public class PaymentTerms {

    static final String DEFAULT_SETTING = "receivables.paymentTermsDays";

    /** The default when the setting is missing or not a number of days. */
    public static final int FALLBACK_DAYS = 14;

    public static final int MAX_DAYS = 365;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    /** The portal's default number of days. */
    @PermitAll
    public int defaultDays() {
        List<?> values = em.createNativeQuery("select setting_value from crm_setting where name = ?1")
                .setParameter(1, DEFAULT_SETTING)
                .getResultList();
        if (values.isEmpty()) {
            return FALLBACK_DAYS;
        }
        try {
            int days = Integer.parseInt(String.valueOf(values.get(0)).strip());
            return days < 0 || days > MAX_DAYS ? FALLBACK_DAYS : days;
        } catch (NumberFormatException e) {
            // a row edited by hand into nonsense must not stop invoice orders
            return FALLBACK_DAYS;
        }
    }

    /** The days agreed with this account, if any were. */
    @PermitAll
    public OptionalInt agreedWith(long accountId) {
        List<?> days = em.createNativeQuery("select days from payment_terms where customer_id = ?1")
                .setParameter(1, accountId)
                .getResultList();
        return days.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) days.get(0)).intValue());
    }

    /** The days an invoice issued now to this account has. */
    @PermitAll
    public int daysFor(long accountId) {
        OptionalInt agreed = agreedWith(accountId);
        return agreed.isPresent() ? agreed.getAsInt() : defaultDays();
    }

    /**
     * Agrees terms with one account, or goes back to the default for {@code days} null; the
     * customer's timeline records it.
     */
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
    public void agree(long accountId, @Min(0) @Max(MAX_DAYS) Integer days, @NotNull Actor by) {
        Customer account = em.find(Customer.class, accountId);
        if (account == null) {
            throw new IllegalArgumentException("no account " + accountId);
        }
        em.createNativeQuery("delete from payment_terms where customer_id = ?1")
                .setParameter(1, accountId)
                .executeUpdate();
        if (days != null) {
            em.createNativeQuery("insert into payment_terms (customer_id, days, updated_at, updated_by)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, accountId)
                    .setParameter(2, days)
                    .setParameter(3, Instant.now())
                    .setParameter(4, by.name())
                    .executeUpdate();
        }
        interactions.record(
                account,
                InteractionType.PAYMENT_TERMS_AGREED,
                Channel.STAFF,
                by,
                "customer:" + accountId,
                days == null ? "Payment terms: the default" : "Payment terms: " + days + " days");
    }

    /** Admins set the portal's default; invoices issued from now on are due after it. */
    @RolesAllowed(Roles.ADMIN)
    public void changeDefault(@Min(0) @Max(MAX_DAYS) int days, @NotNull Actor by) {
        int updated = em.createNativeQuery(
                        "update crm_setting set setting_value = ?1, updated_at = ?2, updated_by = ?3 where name = ?4")
                .setParameter(1, Integer.toString(days))
                .setParameter(2, Instant.now())
                .setParameter(3, by.name())
                .setParameter(4, DEFAULT_SETTING)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into crm_setting (name, setting_value, updated_at, updated_by)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, DEFAULT_SETTING)
                    .setParameter(2, Integer.toString(days))
                    .setParameter(3, Instant.now())
                    .setParameter(4, by.name())
                    .executeUpdate();
        }
    }
}
