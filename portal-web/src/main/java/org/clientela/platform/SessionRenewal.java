package org.clientela.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;

/**
 * A new session id whenever a person is signed in to a session. WildFly's OIDC adapter keeps the
 * session it finds when it stores the signed-in account, so an id planted in a victim's browser
 * before sign-in (session fixation) would become the victim's signed-in session. The id changes
 * while the adapter stores the account, in the very request that comes back from Keycloak, so no
 * request under the old id ever sees anyone signed in; what the session holds (the cart, the
 * language) stays. Switching the account one acts for renews the id too ({@code ActForServlet}).
 */
@WebListener
public class SessionRenewal implements HttpSessionAttributeListener {

    /** The session attribute in which the OIDC adapter keeps the signed-in account. */
    static final String OIDC_ACCOUNT = "org.wildfly.security.http.oidc.OidcAccount";

    @Inject
    private HttpServletRequest request;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        renewAtSignIn(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        renewAtSignIn(event);
    }

    private void renewAtSignIn(HttpSessionBindingEvent event) {
        if (OIDC_ACCOUNT.equals(event.getName())) {
            request.changeSessionId();
        }
    }
}
