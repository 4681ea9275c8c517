package org.clientela.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.clientela.platform.Customer;

/**
 * Access of one person to another customer's (or a company's) account: first an invitation to an
 * email address, then, once accepted by whoever proves to own that address, a grant of rights until
 * it expires, the owner revokes it or the grantee leaves. Its status follows from its dates, so an
 * expiry needs no job to take effect.
 *
 * <p>Expiry dates are inclusive and read in UTC: a grant until 31 May works all of 31 May.
 */
@Entity
@Table(name = "access_grant")
public class AccessGrant {

    /** How long an invitation link stays valid. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    public enum Ending {
        REVOKED,
        LEFT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_grant_seq")
    @SequenceGenerator(name = "access_grant_seq", sequenceName = "access_grant_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Customer owner;

    @Column(name = "invitee_email", nullable = false, updatable = false, length = 254)
    private String inviteeEmail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grantee_id")
    private Customer grantee;

    @Convert(converter = AccessRightsConverter.class)
    @Column(name = "rights", nullable = false, length = 200)
    private Set<AccessRight> rights = EnumSet.noneOf(AccessRight.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", length = 10)
    private CompanyRole memberRole;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "invitation_expires_at", nullable = false)
    private Instant invitationExpiresAt;

    /** Digest of the invitation link's nonce while the link is unused; cleared when accepted. */
    @Column(name = "token_digest", length = 64)
    private String tokenDigest;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ending", length = 10)
    private Ending ending;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AccessGrant() {}

    /** An invitation to {@code inviteeEmail}, with rights (or a company role, which implies them). */
    AccessGrant(
            Customer owner,
            String inviteeEmail,
            Set<AccessRight> rights,
            CompanyRole memberRole,
            LocalDate expiresOn,
            Instant now,
            String tokenDigest) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.inviteeEmail = normalise(inviteeEmail);
        this.invitedAt = Objects.requireNonNull(now, "now");
        this.invitationExpiresAt = now.plus(INVITATION_VALIDITY);
        this.tokenDigest = Objects.requireNonNull(tokenDigest, "tokenDigest");
        setTerms(rights, memberRole, expiresOn);
    }

    /** The founder of a company: an owner from the start, no invitation needed. */
    static AccessGrant founder(Customer company, Customer founder, Instant now) {
        AccessGrant grant = new AccessGrant();
        grant.owner = company;
        grant.inviteeEmail = normalise(founder.getEmail());
        grant.grantee = founder;
        grant.invitedAt = now;
        grant.invitationExpiresAt = now;
        grant.acceptedAt = now;
        grant.setTerms(Set.of(), CompanyRole.OWNER, null);
        return grant;
    }

    static String normalise(String email) {
        return Objects.requireNonNull(email, "email").trim().toLowerCase(Locale.ROOT);
    }

    public GrantStatus status(Instant now) {
        if (ending == Ending.REVOKED) {
            return GrantStatus.REVOKED;
        }
        if (ending == Ending.LEFT) {
            return GrantStatus.LEFT;
        }
        if (acceptedAt == null) {
            return now.isAfter(invitationExpiresAt) ? GrantStatus.EXPIRED : GrantStatus.PENDING;
        }
        return expiresOn != null && today(now).isAfter(expiresOn) ? GrantStatus.EXPIRED : GrantStatus.ACTIVE;
    }

    public boolean allows(AccessRight right, Instant now) {
        return status(now) == GrantStatus.ACTIVE && rights.contains(right);
    }

    /**
     * Accepts the invitation for {@code acceptor}, who must have followed an unused, valid link and
     * be signed in with the invited, verified address.
     */
    void accept(Customer acceptor, String nonceDigest, Instant now) {
        if (acceptedAt != null) {
            throw new InvitationException(InvitationException.Reason.USED);
        }
        if (ending != null) {
            throw new InvitationException(InvitationException.Reason.WITHDRAWN);
        }
        if (tokenDigest == null || !tokenDigest.equals(nonceDigest)) {
            throw new InvitationException(InvitationException.Reason.INVALID);
        }
        if (status(now) == GrantStatus.EXPIRED) {
            throw new InvitationException(InvitationException.Reason.EXPIRED);
        }
        if (acceptor.getId().equals(owner.getId())) {
            throw new InvitationException(InvitationException.Reason.OWN_INVITATION);
        }
        if (!inviteeEmail.equals(normalise(acceptor.getEmail()))) {
            throw new InvitationException(InvitationException.Reason.WRONG_EMAIL);
        }
        if (!acceptor.isEmailVerified()) {
            throw new InvitationException(InvitationException.Reason.EMAIL_NOT_VERIFIED);
        }
        this.grantee = acceptor;
        this.acceptedAt = now;
        this.tokenDigest = null;
    }

    /** New rights or role and expiry, for a grant still open or in force. */
    void changeTerms(Set<AccessRight> rights, CompanyRole memberRole, LocalDate expiresOn, Instant now) {
        requireOpen(now);
        setTerms(rights, memberRole, expiresOn);
    }

    void end(Ending how, Instant now) {
        requireOpen(now);
        this.ending = Objects.requireNonNull(how, "how");
        this.endedAt = now;
        this.tokenDigest = null;
    }

    private void requireOpen(Instant now) {
        GrantStatus status = status(now);
        if (status != GrantStatus.PENDING && status != GrantStatus.ACTIVE) {
            throw new IllegalStateException("grant " + id + " is " + status);
        }
    }

    private void setTerms(Set<AccessRight> rights, CompanyRole memberRole, LocalDate expiresOn) {
        Set<AccessRight> granted = memberRole != null ? memberRole.rights() : AccessRight.withImplied(rights);
        if (granted.isEmpty()) {
            throw new IllegalArgumentException("a grant needs at least one right");
        }
        this.rights = granted;
        this.memberRole = memberRole;
        this.expiresOn = expiresOn;
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Customer getOwner() {
        return owner;
    }

    public String getInviteeEmail() {
        return inviteeEmail;
    }

    public Customer getGrantee() {
        return grantee;
    }

    public Set<AccessRight> getRights() {
        Set<AccessRight> copy = EnumSet.noneOf(AccessRight.class);
        copy.addAll(rights);
        return copy;
    }

    public CompanyRole getMemberRole() {
        return memberRole;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getInvitationExpiresAt() {
        return invitationExpiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public long getVersion() {
        return version;
    }
}
