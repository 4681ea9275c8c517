package org.clientela.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientela.crm.Interaction;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Customer;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/access: who may use the account (invite, change, revoke, see what they did), the
 * accounts the person may use themself (leave), and company accounts. Works on the account of the
 * header's choice, so owners and admins of a company manage its members here too.
 */
@Named
@ViewScoped
public class AccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int ACTIVITY = 50;

    @Inject
    private AccessGrants grants;

    @Inject
    private AccountContext account;

    private long accountId;
    private GrantForm inviteForm = new GrantForm();
    private CompanyForm companyForm = new CompanyForm();
    private Long editing;
    private GrantForm editForm;
    private Long activityOf;

    private transient List<AccessGrant> given;
    private transient List<AccessGrant> received;
    private transient List<Interaction> activity;

    @PostConstruct
    void load() {
        accountId = account.id();
        if (account.isCompany()) {
            // the least a new member can get; owners raise it deliberately
            inviteForm.setRole(CompanyRole.VIEWER);
        }
    }

    public void invite() throws IOException {
        if (!inviteForm.isSomethingGranted()) {
            refuse("access.rightsRequired");
            return;
        }
        try {
            AccessGrant grant = grants.invite(accountId, inviteForm, account.actor());
            done(Texts.get("access.invited", grant.getInviteeEmail()));
        } catch (InvitationException e) {
            refuse("invitation.reason." + e.getReason());
        } catch (EmailNotVerifiedException e) {
            refuse("access.verifyFirst");
        }
    }

    public void edit(long grantId) {
        editing = grantId;
        editForm = getGiven().stream()
                .filter(g -> g.getId() == grantId)
                .findFirst()
                .map(GrantForm::of)
                .orElseThrow(() -> new AccessDeniedException("no grant " + grantId + " here"));
    }

    public void saveEdit() throws IOException {
        if (!editForm.isSomethingGranted()) {
            refuse("access.rightsRequired");
            return;
        }
        try {
            grants.changeTerms(accountId, editing, editForm, account.actor());
            done(Texts.get("access.changed"));
        } catch (LastOwnerException e) {
            refuse("access.lastOwner");
        }
    }

    public void cancelEdit() {
        editing = null;
        editForm = null;
    }

    public void revoke(long grantId) throws IOException {
        try {
            grants.revoke(accountId, grantId, account.actor());
            done(Texts.get("access.revoked"));
        } catch (LastOwnerException e) {
            refuse("access.lastOwner");
        }
    }

    public void leave(long grantId) throws IOException {
        try {
            grants.leave(grantId, account.actor());
            done(Texts.get("access.left"));
        } catch (LastOwnerException e) {
            refuse("access.lastOwner");
        }
    }

    public void showActivity(long grantId) {
        activityOf = grantId;
        activity = null;
    }

    public void createCompany() throws IOException {
        try {
            Customer company = grants.createCompany(companyForm, account.actor());
            done(Texts.get("company.created", company.displayName()));
        } catch (EmailNotVerifiedException e) {
            refuse("access.verifyFirst");
        }
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect("/account/access");
    }

    private void refuse(String messageKey) {
        Messages.addGlobalError(Texts.get(messageKey));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public GrantStatus status(AccessGrant grant) {
        return grant.status(Instant.now());
    }

    public boolean isOpen(AccessGrant grant) {
        GrantStatus status = status(grant);
        return status == GrantStatus.PENDING || status == GrantStatus.ACTIVE;
    }

    /** Grants and invitations of the account; empty for those who do not manage it. */
    public List<AccessGrant> getGiven() {
        if (given == null) {
            given = account.isManager() ? grants.grantsGiven(accountId, account.actor()) : List.of();
        }
        return given;
    }

    public List<AccessGrant> getReceived() {
        if (received == null) {
            received = grants.grantsReceived(account.actor());
        }
        return received;
    }

    public List<Interaction> getActivity() {
        if (activity == null) {
            activity = activityOf == null
                    ? List.of()
                    : grants.activityOf(accountId, activityOf, account.actor(), ACTIVITY);
        }
        return activity;
    }

    public String getActivityName() {
        return getGiven().stream()
                .filter(g -> g.getId().equals(activityOf))
                .findFirst()
                .map(g -> g.getGrantee() == null
                        ? g.getInviteeEmail()
                        : g.getGrantee().displayName())
                .orElse("");
    }

    public List<AccessRight> getRights() {
        return List.of(AccessRight.values());
    }

    public List<CompanyRole> getRoles() {
        return List.of(CompanyRole.values());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public GrantForm getInviteForm() {
        return inviteForm;
    }

    public CompanyForm getCompanyForm() {
        return companyForm;
    }

    public Long getEditing() {
        return editing;
    }

    public GrantForm getEditForm() {
        return editForm;
    }

    public Long getActivityOf() {
        return activityOf;
    }
}
