package org.clientela.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /invitation?token=…: the page an invitation mail links to. Anyone may open it and read what is
 * offered; accepting needs the invited person signed in, so the page offers sign-in and
 * registration that come back here.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccessGrants grants;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignInLinks links;

    private String token;
    private InvitationSummary summary;
    private InvitationException.Reason problem;

    public void load() {
        try {
            summary = grants.describeInvitation(token);
        } catch (InvitationException e) {
            problem = e.getReason();
        }
    }

    public void accept() throws IOException {
        try {
            AccessGrant grant = grants.accept(token, currentUser.actor());
            Messages.addFlashGlobalInfo(
                    Texts.get("invitation.accepted", grant.getOwner().displayName()));
            Faces.redirect("/account/access");
        } catch (InvitationException e) {
            problem = e.getReason();
        }
    }

    private String here() {
        return "/invitation?token=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8);
    }

    public String getSignInLink() {
        return links.signInReturningTo(here());
    }

    public String getRegisterLink() {
        return links.registerReturningTo(here());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public InvitationSummary getSummary() {
        return summary;
    }

    public InvitationException.Reason getProblem() {
        return problem;
    }
}
