package org.clientela.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.crm.Interaction;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.mail.MailOutbox;
import org.clientela.mail.MailTemplate;
import org.clientela.mail.MailTemplates;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.CustomerNotice;
import org.clientela.platform.Language;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.PortalSettings;
import org.clientela.platform.Roles;
import org.clientela.platform.TokenSigner;

/**
 * Who else may use an account: invitations by email, acceptance by the invited person, changes of
 * rights, revocation and leaving. Companies are accounts whose members hold such grants with a role.
 * Each step, its interaction on the account's timeline and any mail commit together.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class AccessGrants {

    static final String TOKEN_PURPOSE = "invitation";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountAccess access;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Event<CustomerNotice> notices;

    @Inject
    private TokenSigner signer;

    /**
     * Invites a person to the account and mails them a single-use link, valid for seven days.
     *
     * @throws EmailNotVerifiedException when the inviting person has not verified their address
     * @throws InvitationException ALREADY_INVITED, OWN_INVITATION
     */
    public AccessGrant invite(long accountId, @NotNull @Valid GrantForm form, @NotNull Actor actor) {
        Customer account = access.requireManager(actor, accountId);
        Customer inviter = person(actor);
        if (!inviter.isEmailVerified()) {
            throw new EmailNotVerifiedException(inviter.getId());
        }
        String email = AccessGrant.normalise(form.getEmail());
        if (email.equals(AccessGrant.normalise(inviter.getEmail()))) {
            throw new InvitationException(InvitationException.Reason.OWN_INVITATION);
        }
        Instant now = Instant.now();
        boolean open = grantsOf(em, accountId).stream()
                .filter(g -> g.getInviteeEmail().equals(email))
                .map(g -> g.status(now))
                .anyMatch(s -> s == GrantStatus.PENDING || s == GrantStatus.ACTIVE);
        if (open) {
            throw new InvitationException(InvitationException.Reason.ALREADY_INVITED);
        }
        CompanyRole role = roleFor(account, form, actor);
        String nonce = TokenSigner.nonce();
        AccessGrant grant = new AccessGrant(
                account, email, form.chosenRights(), role, form.getExpiresOn(), now, TokenSigner.digest(nonce));
        em.persist(grant);
        em.flush();
        mailInvitation(grant, nonce, inviter.displayName(), languageOf(email, inviter.getPreferredLanguage()));
        interactions.record(
                account,
                InteractionType.GRANT_INVITED,
                Channel.WEB,
                actor,
                "grant:" + grant.getId(),
                "Invited " + email + " with " + terms(grant));
        return grant;
    }

    /**
     * What the invitation behind a link offers, for the page that asks to accept it.
     *
     * @throws InvitationException INVALID for a token this portal did not sign or whose grant is
     *     gone, USED, WITHDRAWN or EXPIRED
     */
    @PermitAll
    public InvitationSummary describeInvitation(String token) {
        AccessGrant grant = grantOfToken(token).grant();
        Instant now = Instant.now();
        if (grant.getAcceptedAt() != null) {
            throw new InvitationException(InvitationException.Reason.USED);
        }
        if (grant.getEndedAt() != null) {
            throw new InvitationException(InvitationException.Reason.WITHDRAWN);
        }
        if (grant.status(now) == GrantStatus.EXPIRED) {
            throw new InvitationException(InvitationException.Reason.EXPIRED);
        }
        Customer account = grant.getOwner();
        return new InvitationSummary(
                grant.getId(),
                account.displayName(),
                account.isCompany(),
                grant.getInviteeEmail(),
                grant.getRights(),
                grant.getMemberRole(),
                grant.getExpiresOn(),
                grant.getInvitationExpiresAt());
    }

    /**
     * Accepts the invitation for the signed-in person, who must be the one invited.
     *
     * @throws InvitationException why it cannot be accepted; nothing changes then
     */
    public AccessGrant accept(String token, @NotNull Actor actor) {
        TokenGrant found = grantOfToken(token);
        AccessGrant grant = found.grant();
        Customer acceptor = person(access.requireCaller(actor));
        if (!grant.getOwner().isUsable()) {
            throw new InvitationException(InvitationException.Reason.WITHDRAWN);
        }
        grant.accept(acceptor, TokenSigner.digest(found.nonce()), Instant.now());
        interactions.record(
                grant.getOwner(),
                InteractionType.GRANT_ACCEPTED,
                Channel.WEB,
                actor,
                "grant:" + grant.getId(),
                acceptor.displayName() + " accepted access with " + terms(grant));
        notices.fire(new CustomerNotice(
                grant.getOwner().getId(), NoticeKind.GRANT_ACCEPTED, acceptor.displayName(), "/account/access"));
        return grant;
    }

    /** Grants and invitations of the account, newest first, for those who manage its access. */
    public List<AccessGrant> grantsGiven(long accountId, @NotNull Actor actor) {
        access.requireManager(actor, accountId);
        return grantsOf(em, accountId);
    }

    /** The accounts the person was given access to, in any state, newest first. */
    public List<AccessGrant> grantsReceived(@NotNull Actor actor) {
        access.requireCaller(actor);
        return em.createQuery(
                        "select g from AccessGrant g join fetch g.owner where g.grantee.subject = :subject"
                                + " order by g.acceptedAt desc, g.id desc",
                        AccessGrant.class)
                .setParameter("subject", actor.subject())
                .getResultList();
    }

    public AccessGrant changeTerms(long accountId, long grantId, @NotNull @Valid GrantForm form, @NotNull Actor actor) {
        Customer account = access.requireManager(actor, accountId);
        AccessGrant grant = grantOf(accountId, grantId);
        CompanyRole role = roleFor(account, form, actor);
        if (grant.getMemberRole() == CompanyRole.OWNER && role != CompanyRole.OWNER) {
            requireAnotherOwner(em, account, grant);
        }
        if (grant.getMemberRole() == CompanyRole.OWNER) {
            requireOwnerActing(account, actor);
        }
        grant.changeTerms(form.chosenRights(), role, form.getExpiresOn(), Instant.now());
        interactions.record(
                account,
                InteractionType.GRANT_CHANGED,
                Channel.WEB,
                actor,
                "grant:" + grantId,
                "Access of " + grant.getInviteeEmail() + " changed to " + terms(grant));
        return grant;
    }

    /** Ends a grant or withdraws an invitation at once. */
    public void revoke(long accountId, long grantId, @NotNull Actor actor) {
        Customer account = access.requireManager(actor, accountId);
        AccessGrant grant = grantOf(accountId, grantId);
        if (grant.getMemberRole() == CompanyRole.OWNER) {
            requireOwnerActing(account, actor);
            requireAnotherOwner(em, account, grant);
        }
        grant.end(AccessGrant.Ending.REVOKED, Instant.now());
        interactions.record(
                account,
                InteractionType.GRANT_REVOKED,
                Channel.WEB,
                actor,
                "grant:" + grantId,
                "Access of " + grant.getInviteeEmail() + " revoked");
        if (grant.getGrantee() != null) {
            notices.fire(new CustomerNotice(
                    grant.getGrantee().getId(), NoticeKind.GRANT_REVOKED, account.displayName(), "/account/access"));
        }
    }

    /** The grantee gives their access up. */
    public void leave(long grantId, @NotNull Actor actor) {
        access.requireCaller(actor);
        AccessGrant grant = em.find(AccessGrant.class, grantId);
        if (grant == null
                || grant.getGrantee() == null
                || !actor.subject().equals(grant.getGrantee().getSubject())) {
            throw new AccessDeniedException(actor.subject() + " holds no grant " + grantId);
        }
        if (grant.getMemberRole() == CompanyRole.OWNER) {
            requireAnotherOwner(em, grant.getOwner(), grant);
        }
        grant.end(AccessGrant.Ending.LEFT, Instant.now());
        interactions.record(
                grant.getOwner(),
                InteractionType.GRANT_LEFT,
                Channel.WEB,
                actor,
                "grant:" + grantId,
                grant.getGrantee().displayName() + " gave up their access");
    }

    /** What the grantee did on the account, newest first: the owner's view of a delegation. */
    public List<Interaction> activityOf(long accountId, long grantId, @NotNull Actor actor, int max) {
        access.requireManager(actor, accountId);
        AccessGrant grant = grantOf(accountId, grantId);
        if (grant.getGrantee() == null) {
            return List.of();
        }
        return interactions.byActor(grant.getOwner(), grant.getGrantee().getSubject(), max);
    }

    /** Creates a company account with the person as its first owner. */
    public Customer createCompany(@NotNull @Valid CompanyForm form, @NotNull Actor actor) {
        Customer founder = person(access.requireCaller(actor));
        if (!founder.isEmailVerified()) {
            throw new EmailNotVerifiedException(founder.getId());
        }
        Instant now = Instant.now();
        Customer company = Customer.company(
                form.getName(), form.getVatNumber(), founder.getEmail(), founder.getPreferredLanguage(), now);
        em.persist(company);
        AccessGrant owner = AccessGrant.founder(company, founder, now);
        em.persist(owner);
        em.flush();
        interactions.record(
                company,
                InteractionType.COMPANY_CREATED,
                Channel.WEB,
                actor,
                "customer:" + company.getId(),
                "Company " + company.displayName() + " created by " + founder.displayName());
        return company;
    }

    /**
     * Staff open a company account for a business and invite its first owner by e-mail, who
     * becomes the owner by accepting as any invitation is accepted. The company speaks {@code
     * language} until its people say otherwise.
     */
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
    public AccessGrant createCompanyForOwner(
            @NotNull @Valid CompanyForm form, @NotNull @Valid OwnerInvitation owner, @NotNull Actor staff) {
        Instant now = Instant.now();
        String email = AccessGrant.normalise(owner.getEmail());
        Customer company = Customer.company(form.getName(), form.getVatNumber(), email, owner.getLanguage(), now);
        em.persist(company);
        em.flush();
        interactions.record(
                company,
                InteractionType.COMPANY_CREATED,
                Channel.STAFF,
                staff,
                "customer:" + company.getId(),
                "Company " + company.displayName() + " created by " + staff.name());
        String nonce = TokenSigner.nonce();
        AccessGrant grant =
                new AccessGrant(company, email, Set.of(), CompanyRole.OWNER, null, now, TokenSigner.digest(nonce));
        em.persist(grant);
        em.flush();
        mailInvitation(grant, nonce, staff.name(), languageOf(email, owner.getLanguage()));
        interactions.record(
                company,
                InteractionType.GRANT_INVITED,
                Channel.STAFF,
                staff,
                "grant:" + grant.getId(),
                "Invited " + email + " with " + terms(grant));
        return grant;
    }

    private void mailInvitation(AccessGrant grant, String nonce, String inviterName, Language language) {
        String token = signer.sign(TOKEN_PURPOSE, grant.getId() + ":" + nonce);
        outbox.queue(
                MailTemplate.INVITATION,
                language,
                grant.getInviteeEmail(),
                null,
                null,
                inviterName,
                grant.getOwner().displayName(),
                describe(grant, language),
                PortalSettings.link("/invitation?token=" + token),
                Date.from(grant.getInvitationExpiresAt()));
    }

    /** Grants of an account, newest first; no access check (the callers made theirs). */
    static List<AccessGrant> grantsOf(EntityManager em, long accountId) {
        return em.createQuery(
                        "select g from AccessGrant g left join fetch g.grantee where g.owner.id = :account"
                                + " order by g.invitedAt desc, g.id desc",
                        AccessGrant.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    private record TokenGrant(AccessGrant grant, String nonce) {}

    private TokenGrant grantOfToken(String token) {
        String payload = signer.verify(TOKEN_PURPOSE, token)
                .orElseThrow(() -> new InvitationException(InvitationException.Reason.INVALID));
        int colon = payload.indexOf(':');
        AccessGrant grant = null;
        try {
            grant = em.find(AccessGrant.class, Long.parseLong(payload.substring(0, colon)));
        } catch (RuntimeException malformed) {
            // a signed payload is ours; a malformed one means the format changed: treat as invalid
        }
        if (grant == null) {
            throw new InvitationException(InvitationException.Reason.INVALID);
        }
        return new TokenGrant(grant, payload.substring(colon + 1));
    }

    private AccessGrant grantOf(long accountId, long grantId) {
        AccessGrant grant = em.find(AccessGrant.class, grantId);
        if (grant == null || !grant.getOwner().getId().equals(accountId)) {
            throw new AccessDeniedException("no grant " + grantId + " on account " + accountId);
        }
        return grant;
    }

    /** Companies give roles; people give rights. Only owners make owners. */
    private CompanyRole roleFor(Customer account, GrantForm form, Actor actor) {
        if (!account.isCompany()) {
            return null;
        }
        CompanyRole role = form.getRole() == null ? CompanyRole.VIEWER : form.getRole();
        if (role == CompanyRole.OWNER) {
            requireOwnerActing(account, actor);
        }
        return role;
    }

    private void requireOwnerActing(Customer company, Actor actor) {
        boolean owner = access.activeGrant(actor, company.getId())
                .map(AccessGrant::getMemberRole)
                .filter(r -> r == CompanyRole.OWNER)
                .isPresent();
        if (!owner) {
            throw new AccessDeniedException("only an owner of company " + company.getId() + " manages owners");
        }
    }

    /** A company never loses its last owner: not by leaving, revoking, demoting or closing. */
    static void requireAnotherOwner(EntityManager em, Customer company, AccessGrant leaving) {
        Instant now = Instant.now();
        boolean another = grantsOf(em, company.getId()).stream()
                .filter(g -> !g.getId().equals(leaving.getId()))
                .anyMatch(g -> g.getMemberRole() == CompanyRole.OWNER && g.status(now) == GrantStatus.ACTIVE);
        if (!another) {
            throw new LastOwnerException(company.getId());
        }
    }

    private Customer person(Actor actor) {
        return em.createQuery("select c from Customer c where c.subject = :subject", Customer.class)
                .setParameter("subject", actor.subject())
                .getResultStream()
                .filter(Customer::isUsable)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException(actor.subject() + " has no usable customer record"));
    }

    /** An invitee who is a customer already reads in their language; others in the inviter's. */
    private Language languageOf(String email, Language fallback) {
        return em.createQuery(
                        "select c from Customer c where lower(c.email) = :email and c.kind = :person", Customer.class)
                .setParameter("email", email)
                .setParameter("person", Customer.Kind.PERSON)
                .getResultStream()
                .findFirst()
                .map(Customer::getPreferredLanguage)
                .orElse(fallback);
    }

    private static String describe(AccessGrant grant, Language language) {
        if (grant.getMemberRole() != null) {
            return "- "
                    + MailTemplates.phrase(
                            language, "role." + grant.getMemberRole().name());
        }
        return grant.getRights().stream()
                .map(right -> "- " + MailTemplates.phrase(language, "right." + right.name()))
                .collect(Collectors.joining("\n"));
    }

    private static String terms(AccessGrant grant) {
        Set<AccessRight> rights = grant.getRights();
        String what = grant.getMemberRole() != null
                ? "role " + grant.getMemberRole()
                : rights.stream().map(Enum::name).collect(Collectors.joining(", "));
        return what + (grant.getExpiresOn() == null ? "" : " until " + grant.getExpiresOn());
    }
}
