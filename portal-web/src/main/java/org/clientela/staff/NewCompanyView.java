package org.clientela.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.clientela.account.AccessGrant;
import org.clientela.account.AccessGrants;
import org.clientela.account.CompanyForm;
import org.clientela.account.OwnerInvitation;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Language;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** On /staff/customers: sales managers open a company account and invite its first owner. */
@Named
@RequestScoped
public class NewCompanyView {

    @Inject
    private AccessGrants grants;

    @Inject
    private CurrentUser currentUser;

    private final CompanyForm company = new CompanyForm();
    private final OwnerInvitation owner = new OwnerInvitation();

    public void create() throws IOException {
        AccessGrant invitation = grants.createCompanyForOwner(company, owner, currentUser.actor());
        Messages.addFlashGlobalInfo(Texts.get("staff.company.created", invitation.getInviteeEmail()));
        Faces.redirect("/staff/customer?id=" + invitation.getOwner().getId());
    }

    public CompanyForm getCompany() {
        return company;
    }

    public OwnerInvitation getOwner() {
        return owner;
    }

    public Language[] getLanguages() {
        return Language.values();
    }
}
