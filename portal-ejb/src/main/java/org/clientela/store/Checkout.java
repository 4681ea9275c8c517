package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.clientela.account.AccessRight;
import org.clientela.account.AccountAccess;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Roles;
import org.clientela.store.CheckoutRefusal.Reason;

/**
 * Places an order exactly once. Each attempt is its own transaction ({@link OrderPlacement});
 * when another order took the same stock meanwhile (an optimistic-lock conflict), the attempt
 * rolls back and the next one reads the stock again. When the same form was submitted twice at
 * once, the second attempt fails on the idempotency key and answers the first one's order.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Checkout {

    private static final Logger LOG = Logger.getLogger(Checkout.class.getName());
    static final int ATTEMPTS = 25;

    @Inject
    private OrderPlacement placement;

    @Inject
    private AccountAccess access;

    /**
     * @param accountId the account the order is for: the actor's own, or one they have {@code
     *     PLACE_ORDERS} on
     * @throws CheckoutRefusal why no order was placed
     */
    public OrderReceipt place(@NotNull Actor actor, long accountId, @NotNull @Valid CheckoutRequest request) {
        return place(actor, accountId, request, Channel.WEB);
    }

    /** As {@link #place(Actor, long, CheckoutRequest)}, from where the order came (the pages or the API). */
    public OrderReceipt place(
            @NotNull Actor actor, long accountId, @NotNull @Valid CheckoutRequest request, @NotNull Channel channel) {
        for (int attempt = 1; ; attempt++) {
            try {
                return placement.place(actor, accountId, request, channel);
            } catch (PlacementConflict | EJBException e) {
                Optional<OrderReceipt> placed = placement.existing(accountId, request.idempotencyKey());
                if (placed.isPresent()) {
                    return placed.get();
                }
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    LOG.warning(() -> "Gave up placing " + request + " after " + ATTEMPTS + " conflicts");
                    throw new CheckoutRefusal(Reason.BUSY);
                }
                pause(attempt);
            }
        }
    }

    /** The order a form with this key placed for the account, for whoever may see its orders. */
    public Optional<OrderReceipt> placedWith(@NotNull Actor actor, long accountId, String idempotencyKey) {
        access.require(actor, accountId, AccessRight.VIEW_ORDERS);
        return idempotencyKey == null ? Optional.empty() : placement.existing(accountId, idempotencyKey);
    }

    /** Someone else changed the same rows first: worth trying again. */
    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("OptimisticLock")
                    || name.contains("StaleObjectState")
                    || name.contains("StaleState")
                    || name.contains("LockTimeout")
                    || name.contains("PessimisticLock")
                    || name.contains("LockAcquisition")) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (sql.getSQLState() != null && sql.getSQLState().startsWith("40")
                            // H2: concurrent update, lock timeout
                            || sql.getErrorCode() == 90131
                            || sql.getErrorCode() == 50200)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            // spread the retries of orders that met, so that they do not meet again
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L + 5L * Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckoutRefusal(Reason.BUSY);
        }
    }
}
