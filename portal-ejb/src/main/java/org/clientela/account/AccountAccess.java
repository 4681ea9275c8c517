package org.clientela.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;

/**
 * Who may do what with an account. Every service that works on an account asks here first, with
 * the actor the web layer took from the signed-in principal, so a forged id in a URL or a form
 * meets the same refusal as a hidden button would.
 *
 * <p>A person acts on their own account with every right; anybody else needs an active grant with
 * the right. Closed or disabled accounts refuse everybody.
 *
 * <p>The actor is not taken on trust: when the caller is an authenticated person, the actor must be
 * that person ({@link CallerRule}), else the call is refused and logged as a forged actor. The
 * services declare the roles that may call them; this gate is open to every role, as each of them
 * reaches it with an account to check.
 *
 * <p>It only reads, so it joins the caller's transaction and starts none of its own: pages ask it
 * several times each, and a transaction begun and committed for every check was a good part of
 * what a page cost.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountAccess {

    private static final Logger LOG = Logger.getLogger(AccountAccess.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /**
     * The actor, when it may stand for the caller the server authenticated.
     *
     * @throws AccessDeniedException for an actor that is somebody else than the signed-in caller
     */
    public Actor requireCaller(Actor actor) {
        String name = caller.getCallerPrincipal().getName();
        if (!CallerRule.admits(name, actor)) {
            LOG.warning(() -> "Forged actor: caller " + name + " handed actor " + actor.subject());
            throw new AccessDeniedException(name + " may not act as " + actor.subject());
        }
        return actor;
    }

    /**
     * The account, when the actor has {@code right} on it.
     *
     * @throws AccessDeniedException otherwise, also for an account that does not exist (ids reveal
     *     nothing)
     */
    public Customer require(Actor actor, long accountId, AccessRight right) {
        requireCaller(actor);
        Customer account = usableAccount(accountId);
        if (isSelf(actor, account)) {
            return account;
        }
        if (activeGrant(actor, accountId)
                .filter(g -> g.allows(right, Instant.now()))
                .isPresent()) {
            return account;
        }
        throw new AccessDeniedException(denial(actor, accountId, right.name()));
    }

    public boolean allows(Actor actor, long accountId, AccessRight right) {
        try {
            require(actor, accountId, right);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * Things only the person themself does (consents, closing, exporting, granting access to a
     * personal account).
     */
    public Customer requireSelf(Actor actor, long accountId) {
        requireCaller(actor);
        Customer account = usableAccount(accountId);
        if (!isSelf(actor, account)) {
            throw new AccessDeniedException(denial(actor, accountId, "self"));
        }
        return account;
    }

    /**
     * Managing who has access: the person on their own account; owners and admins of a company.
     */
    public Customer requireManager(Actor actor, long accountId) {
        requireCaller(actor);
        Customer account = usableAccount(accountId);
        if (isSelf(actor, account)) {
            return account;
        }
        if (account.isCompany()
                && activeGrant(actor, accountId)
                        .map(AccessGrant::getMemberRole)
                        .filter(CompanyRole::managesMembers)
                        .isPresent()) {
            return account;
        }
        throw new AccessDeniedException(denial(actor, accountId, "manage access"));
    }

    public boolean mayManage(Actor actor, long accountId) {
        try {
            requireManager(actor, accountId);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** The grant by which the actor reaches the account, if one is in force. */
    public Optional<AccessGrant> activeGrant(Actor actor, long accountId) {
        requireCaller(actor);
        if (actor == null || actor.subject() == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createQuery(
                        "select g from AccessGrant g where g.owner.id = :account and g.grantee.subject = :subject"
                                + " and g.acceptedAt is not null and g.endedAt is null",
                        AccessGrant.class)
                .setParameter("account", accountId)
                .setParameter("subject", actor.subject())
                .getResultStream()
                .filter(g -> g.status(now) == GrantStatus.ACTIVE)
                .findFirst();
    }

    /** The accounts this person may act for now: the header's "acting for" choice. */
    public List<AccessGrant> accountsActedFor(Actor actor) {
        requireCaller(actor);
        if (actor == null || actor.subject() == null) {
            return List.of();
        }
        Instant now = Instant.now();
        return em.createQuery(
                        "select g from AccessGrant g join fetch g.owner where g.grantee.subject = :subject"
                                + " and g.acceptedAt is not null and g.endedAt is null order by g.acceptedAt",
                        AccessGrant.class)
                .setParameter("subject", actor.subject())
                .getResultStream()
                .filter(g -> g.status(now) == GrantStatus.ACTIVE && g.getOwner().isUsable())
                .toList();
    }

    private Customer usableAccount(long accountId) {
        Customer account = em.find(Customer.class, accountId);
        if (account == null || !account.isUsable()) {
            throw new AccessDeniedException("no usable account " + accountId);
        }
        return account;
    }

    private static boolean isSelf(Actor actor, Customer account) {
        return actor != null
                && actor.subject() != null
                && !account.isCompany()
                && actor.subject().equals(account.getSubject());
    }

    private static String denial(Actor actor, long accountId, String what) {
        return (actor == null ? "nobody" : actor.subject()) + " may not " + what + " on account " + accountId;
    }
}
