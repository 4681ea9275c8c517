package org.clientela.it.support.incontainer;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.clientela.platform.Customer;

/**
 * Access grants written straight to their table, for tests about what a grant allows rather than
 * how one is offered and accepted (that is {@code AccessGrantsIT}'s).
 */
public final class GrantRows {

    private GrantRows() {}

    /**
     * An accepted grant in force from now, in a transaction of its own.
     *
     * @param rights as the column keeps them, e.g. {@code "PLACE_ORDERS,VIEW_ORDERS"}
     */
    public static void inForce(EntityManager em, UserTransaction tx, Customer owner, Customer grantee, String rights)
            throws Exception {
        tx.begin();
        try {
            em.createNativeQuery("insert into access_grant (id, owner_id, invitee_email, grantee_id, rights,"
                            + " invited_at, invitation_expires_at, accepted_at, version)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6, 0)")
                    // far above what the sequence hands out
                    .setParameter(
                            1, 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000L))
                    .setParameter(2, owner.getId())
                    .setParameter(3, grantee.getEmail())
                    .setParameter(4, grantee.getId())
                    .setParameter(5, rights)
                    .setParameter(6, Timestamp.from(Instant.now()))
                    .executeUpdate();
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
