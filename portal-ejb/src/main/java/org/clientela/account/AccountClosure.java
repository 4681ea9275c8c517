package org.clientela.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.PersonalData;
import org.clientela.platform.Roles;

/**
 * "Close my account": irreversible. In one transaction every capability erases what names the
 * person ({@link PersonalData#erase}), grants given and received end, the record is anonymised
 * and the closing recorded; the Keycloak login is disabled last, so that a refusal from Keycloak
 * rolls all of it back and the person can try again.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class AccountClosure {

    /** How recent the password entry must be: closing follows a fresh sign-in, not an old session. */
    public static final Duration REAUTHENTICATION_WINDOW = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountAccess access;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private KeycloakAccounts keycloak;

    @Inject
    @Any
    private Instance<PersonalData> personalData;

    /**
     * @param authenticatedAt when the person last entered their password (the ID token's auth_time)
     * @throws ReauthenticationRequiredException when that is older than the window
     * @throws LastOwnerException when the person is the last owner of a company
     */
    public void close(long customerId, @NotNull Actor actor, Instant authenticatedAt) {
        Customer customer = access.requireSelf(actor, customerId);
        Instant now = Instant.now();
        if (authenticatedAt == null || authenticatedAt.isBefore(now.minus(REAUTHENTICATION_WINDOW))) {
            throw new ReauthenticationRequiredException();
        }
        endGrants(customer, now);
        personalData.forEach(section -> section.erase(customerId));
        String subject = customer.getSubject();
        customer.anonymise(now);
        interactions.record(
                customer,
                InteractionType.ACCOUNT_CLOSED,
                Channel.WEB,
                new Actor(subject, "(closed account)"),
                "customer:" + customerId,
                "Account closed by the customer; personal data erased");
        em.flush();
        keycloak.disable(subject);
    }

    private void endGrants(Customer customer, Instant now) {
        List<AccessGrant> received = em.createQuery(
                        "select g from AccessGrant g where g.grantee.id = :customer and g.endedAt is null",
                        AccessGrant.class)
                .setParameter("customer", customer.getId())
                .getResultList();
        for (AccessGrant grant : received) {
            if (grant.getMemberRole() == CompanyRole.OWNER && grant.status(now) == GrantStatus.ACTIVE) {
                AccessGrants.requireAnotherOwner(em, grant.getOwner(), grant);
            }
            if (isOpen(grant, now)) {
                grant.end(AccessGrant.Ending.LEFT, now);
            }
        }
        List<AccessGrant> given = em.createQuery(
                        "select g from AccessGrant g where g.owner.id = :customer and g.endedAt is null",
                        AccessGrant.class)
                .setParameter("customer", customer.getId())
                .getResultList();
        for (AccessGrant grant : given) {
            if (isOpen(grant, now)) {
                grant.end(AccessGrant.Ending.REVOKED, now);
            }
        }
    }

    private static boolean isOpen(AccessGrant grant, Instant now) {
        GrantStatus status = grant.status(now);
        return status == GrantStatus.PENDING || status == GrantStatus.ACTIVE;
    }
}
