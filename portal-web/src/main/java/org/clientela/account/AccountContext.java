package org.clientela.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.clientela.platform.Actor;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Messages;

/**
 * The account this request works on: the customer's own, or the one they chose to act for in the
 * header. Pages ask here for the account id and the actor and hand both to the services, which
 * decide what is allowed; this class only remembers the choice and drops it once the grant ends.
 */
@Named("account")
@RequestScoped
public class AccountContext {

    static final String ACTING_FOR = "clientela.actingFor";

    @Inject
    private HttpSession session;

    @Inject
    private SignedInCustomer signedIn;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountAccess access;

    private List<AccessGrant> actingOptions;
    private Boolean manager;

    /** The id of the account pages show and change. */
    public long id() {
        return actingFor().map(grant -> grant.getOwner().getId()).orElseGet(signedIn::requireId);
    }

    public Actor actor() {
        return currentUser.actor();
    }

    public boolean isActingForOther() {
        return actingFor().isPresent();
    }

    /** The name of the account acted for, for the banner. */
    public String getActingForName() {
        return actingFor().map(grant -> grant.getOwner().displayName()).orElse(null);
    }

    public Long getActingForId() {
        return actingFor().map(grant -> grant.getOwner().getId()).orElse(null);
    }

    /** The accounts the person may act for now, besides their own. */
    public List<AccessGrant> getActingOptions() {
        if (actingOptions == null) {
            actingOptions = currentUser.isCustomer() ? access.accountsActedFor(actor()) : List.of();
        }
        return actingOptions;
    }

    /** Whether the actor has {@code right} on the account: for showing what may be done. */
    public boolean can(String right) {
        return access.allows(actor(), id(), AccessRight.valueOf(right));
    }

    /** Whether the actor manages who has access to the account (owner; company owner or admin). */
    public boolean isManager() {
        if (manager == null) {
            manager = access.mayManage(actor(), id());
        }
        return manager;
    }

    /** Whether the account acted for is a company. */
    public boolean isCompany() {
        return actingFor().map(grant -> grant.getOwner().isCompany()).orElse(false);
    }

    public boolean isSelf() {
        return !isActingForOther();
    }

    void actFor(long accountId) {
        session.setAttribute(ACTING_FOR, accountId);
    }

    void actForSelf() {
        session.removeAttribute(ACTING_FOR);
    }

    /**
     * The grant the person acts by, if they chose an account and the grant is still in force; once
     * it is not, the choice is forgotten and the person told so.
     */
    private Optional<AccessGrant> actingFor() {
        if (!(session.getAttribute(ACTING_FOR) instanceof Long chosen)) {
            return Optional.empty();
        }
        Optional<AccessGrant> grant = getActingOptions().stream()
                .filter(g -> g.getOwner().getId().equals(chosen))
                .findFirst();
        if (grant.isEmpty()) {
            actForSelf();
            if (jakarta.faces.context.FacesContext.getCurrentInstance() != null) {
                Messages.addGlobalWarn(Texts.get("acting.ended"));
            }
        }
        return grant;
    }
}
