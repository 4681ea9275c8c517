package org.clientela.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.clientela.account.AccountAccess;
import org.clientela.notification.NotificationRefusal.Reason;
import org.clientela.platform.Actor;
import org.clientela.platform.Roles;

/**
 * A person's notification list, customer or staff alike: each sees only their own, found by their
 * Keycloak subject, which the actor must be (another person's entry is "not found").
 */
@Stateless
@RolesAllowed({Roles.CUSTOMER, Roles.CONTENT_MANAGER, Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
public class Notifications {

    /** The most entries the list shows; older ones stay for the data export. */
    public static final int LIST_LIMIT = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountAccess access;

    /**
     * The header's count: one indexed query, on every page a signed-in person sees, in the caller's
     * transaction if there is one and else in none.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unread(Actor actor) {
        access.requireCaller(actor);
        return em.createQuery(
                        "select count(n) from Notification n where n.recipientSubject = :subject and n.readAt is null",
                        Long.class)
                .setParameter("subject", actor.subject())
                .getSingleResult();
    }

    /** Newest first. */
    public List<Notification> recent(Actor actor) {
        access.requireCaller(actor);
        return em.createQuery(
                        "select n from Notification n where n.recipientSubject = :subject"
                                + " order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("subject", actor.subject())
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    /**
     * Opening an entry reads it.
     *
     * @return the portal address it links to
     * @throws NotificationRefusal NOT_FOUND for an unknown entry or somebody else's
     */
    public String open(Actor actor, long notificationId) {
        access.requireCaller(actor);
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null || !notification.getRecipientSubject().equals(actor.subject())) {
            throw new NotificationRefusal(Reason.NOT_FOUND);
        }
        notification.read(Instant.now());
        return notification.getLink();
    }

    /** @return how many were unread */
    public int markAllRead(Actor actor) {
        access.requireCaller(actor);
        return em.createQuery("update Notification n set n.readAt = :now"
                        + " where n.recipientSubject = :subject and n.readAt is null")
                .setParameter("now", Instant.now())
                .setParameter("subject", actor.subject())
                .executeUpdate();
    }
}
