package org.clientela.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.account.AccountAccess;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.notification.NotificationRefusal.Reason;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.Roles;

/**
 * Which kinds a customer hears about on which channel. Everything is on until the customer switches
 * it off, so only the switches off are kept; the kinds {@link NoticeKind#required()} names stay
 * on. The choice is the person's own: someone acting for an account does not change it.
 */
@Stateless
public class NotificationSettings {

    /** The kinds a customer can be told of; the rest are for staff. */
    public static final List<NoticeKind> CUSTOMER_KINDS =
            Arrays.stream(NoticeKind.values()).filter(kind -> !kind.forStaff()).toList();

    /** One kind on one channel, switched off. */
    public record Switch(NoticeKind kind, NoticeChannel channel) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountAccess access;

    @Inject
    private InteractionRecorder interactions;

    /** What the customer switched off. */
    @RolesAllowed(Roles.CUSTOMER)
    public Set<Switch> switchedOff(Actor actor, long customerId) {
        access.requireSelf(actor, customerId);
        return offs(customerId);
    }

    /**
     * Replaces the customer's choice by {@code off}, the switches they want off.
     *
     * @throws NotificationRefusal for a required kind or a staff kind; nothing changes then
     */
    @RolesAllowed(Roles.CUSTOMER)
    public void choose(Actor actor, long customerId, Set<Switch> off) {
        Customer customer = access.requireSelf(actor, customerId);
        for (Switch wanted : off) {
            if (!CUSTOMER_KINDS.contains(wanted.kind())) {
                throw new NotificationRefusal(Reason.NOT_A_CUSTOMER_KIND);
            }
            if (wanted.kind().required()) {
                throw new NotificationRefusal(Reason.REQUIRED_KIND);
            }
        }
        Set<Switch> before = offs(customerId);
        if (before.equals(off)) {
            return;
        }
        em.createNativeQuery("delete from notification_opt_out where customer_id = ?1")
                .setParameter(1, customerId)
                .executeUpdate();
        for (Switch wanted : off) {
            em.createNativeQuery("insert into notification_opt_out (customer_id, kind, channel) values (?1, ?2, ?3)")
                    .setParameter(1, customerId)
                    .setParameter(2, wanted.kind().name())
                    .setParameter(3, wanted.channel().name())
                    .executeUpdate();
        }
        interactions.record(
                customer,
                InteractionType.PROFILE_UPDATED,
                Channel.WEB,
                actor,
                "notification-settings",
                "Notification settings: " + (off.isEmpty() ? "everything on" : "off " + describe(off)));
    }

    /**
     * Whether the customer wants to hear of {@code kind} on {@code channel}; a required kind always.
     * For the capabilities that tell the customer themselves (e.g. the store's shipping mail).
     */
    @PermitAll
    public boolean wants(long customerId, NoticeKind kind, NoticeChannel channel) {
        if (kind.required()) {
            return true;
        }
        return ((Number) em.createNativeQuery("select count(*) from notification_opt_out"
                                        + " where customer_id = ?1 and kind = ?2 and channel = ?3")
                                .setParameter(1, customerId)
                                .setParameter(2, kind.name())
                                .setParameter(3, channel.name())
                                .getSingleResult())
                        .longValue()
                == 0;
    }

    private Set<Switch> offs(long customerId) {
        Set<Switch> offs = new java.util.HashSet<>();
        List<?> rows = em.createNativeQuery("select kind, channel from notification_opt_out where customer_id = ?1")
                .setParameter(1, customerId)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            offs.add(new Switch(
                    NoticeKind.valueOf(columns[0].toString()), NoticeChannel.valueOf(columns[1].toString())));
        }
        return offs;
    }

    private static String describe(Set<Switch> off) {
        List<String> parts = new ArrayList<>();
        for (NoticeChannel channel : NoticeChannel.values()) {
            Set<NoticeKind> kinds = off.stream()
                    .filter(s -> s.channel() == channel)
                    .map(Switch::kind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeKind.class)));
            if (!kinds.isEmpty()) {
                parts.add(channel.name().toLowerCase() + " " + kinds);
            }
        }
        return String.join("; ", parts);
    }
}
