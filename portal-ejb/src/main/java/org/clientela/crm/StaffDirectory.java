package org.clientela.crm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.clientela.platform.Roles;

/**
 * The colleagues a task can be given to. Keycloak knows the staff, but the portal's own service
 * account may not list a realm's users, so the portal keeps whom it has seen sign in to the back
 * office, with their team: the role they work in, the most senior one when they hold several.
 */
@Stateless
@RolesAllowed({Roles.CONTENT_MANAGER, Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
public class StaffDirectory {

    /** Most senior first: an admin holds every staff role, and is on the admins' team. */
    static final List<String> TEAMS =
            List.of(Roles.ADMIN, Roles.SALES_MANAGER, Roles.SUPPORT_AGENT, Roles.CONTENT_MANAGER);

    @PersistenceContext
    private EntityManager em;

    /** The team of someone holding the roles {@code inRole} says they hold, or empty if not staff. */
    public static Optional<String> teamOf(Predicate<String> inRole) {
        return TEAMS.stream().filter(inRole).findFirst();
    }

    /** Called when a member of staff signs in: keeps their name and team as Keycloak has them now. */
    public StaffMember recognise(String subject, String name, String team) {
        Instant now = Instant.now();
        StaffMember member = em.find(StaffMember.class, subject);
        if (member == null) {
            member = new StaffMember(subject, name, team, now);
            em.persist(member);
        } else {
            member.seen(name, team, now);
        }
        return member;
    }

    public Optional<StaffMember> find(String subject) {
        return Optional.ofNullable(subject).map(s -> em.find(StaffMember.class, s));
    }

    /**
     * The member with this subject when they look after customers (support, sales, admins): the
     * only ones a case or a task may go to, as {@link #colleagues()} lists them.
     */
    public Optional<StaffMember> colleague(String subject) {
        return find(subject).filter(member -> Roles.CUSTOMER_CARE.contains(member.getTeam()));
    }

    /** Those who look after customers (support, sales, admins), by name: who a task may go to. */
    public List<StaffMember> colleagues() {
        return em.createQuery(
                        "select s from StaffMember s where s.team in :teams order by s.name, s.subject",
                        StaffMember.class)
                .setParameter("teams", Roles.CUSTOMER_CARE)
                .getResultList();
    }
}
