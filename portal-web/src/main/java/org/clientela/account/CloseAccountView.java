package org.clientela.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /account/close: closing one's own account, after entering the password again. */
@Named
@ViewScoped
public class CloseAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountClosure closure;

    @Inject
    private SignedInCustomer signedIn;

    @Inject
    private CurrentUser currentUser;

    private boolean understood;

    /**
     * Whether the person entered their password again for this, within the window: after asking
     * for it here ({@link ReauthServlet}), not merely at a sign-in a minute ago.
     */
    public boolean isFreshlyAuthenticated() {
        Object requested = Faces.getSessionAttribute(ReauthServlet.REQUESTED_AT);
        if (!(requested instanceof Long requestedAt)) {
            return false;
        }
        return currentUser
                .authenticatedAt()
                .filter(at -> at.getEpochSecond() >= requestedAt)
                .filter(at -> at.isAfter(Instant.now().minus(AccountClosure.REAUTHENTICATION_WINDOW)))
                .isPresent();
    }

    public void close() throws IOException, ServletException {
        if (!understood) {
            refuse("close.confirmRequired");
            return;
        }
        try {
            closure.close(
                    signedIn.requireId(),
                    currentUser.actor(),
                    currentUser.authenticatedAt().orElse(null));
        } catch (ReauthenticationRequiredException e) {
            refuse("close.reauthenticate");
            return;
        } catch (LastOwnerException e) {
            refuse("close.lastOwner");
            return;
        }
        // Keycloak has ended the login's sessions; the portal's goes too
        HttpServletRequest request = Faces.getRequest();
        request.logout();
        Faces.invalidateSession();
        Faces.redirect("/account-closed");
    }

    private void refuse(String key) {
        Messages.addGlobalError(Texts.get(key));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
