package org.clientela.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.util.Objects;
import org.wildfly.security.http.oidc.OidcAccount;

/**
 * A new session id whenever a person is signed in to a session. WildFly's OIDC adapter keeps the
 * session it finds when it stores the signed-in account, so an id planted in a victim's browser
 * before sign-in (session fixation) would become the victim's signed-in session. The id changes
 * while the adapter stores the account, in the very request that comes back from Keycloak, so no
 * request under the old id ever sees anyone signed in; what the session holds (the cart, the
 * language) stays. Switching the account one acts for renews the id too ({@code ActForServlet}).
 *
 * <p>The adapter stores the account again whenever it refreshes the tokens of a signed-in person.
 * That is no sign-in and keeps the id: the adapter goes on using the session it holds in that very
 * request, which a new id would have made unusable (the request failed).
 */
@WebListener
public class SessionRenewal implements HttpSessionAttributeListener {

    /** The session attribute in which the OIDC adapter keeps the signed-in account. */
    static final String OIDC_ACCOUNT = "org.wildfly.security.http.oidc.OidcAccount";

    @Inject
    private HttpServletRequest request;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (OIDC_ACCOUNT.equals(event.getName())) {
            request.changeSessionId();
        }
    }

    /** Someone else signed in over a signed-in session; the same person is a token refresh. */
    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (OIDC_ACCOUNT.equals(event.getName())
                && !Objects.equals(
                        subject(event.getValue()), subject(event.getSession().getAttribute(OIDC_ACCOUNT)))) {
            request.changeSessionId();
        }
    }

    private static String subject(Object account) {
        return account instanceof OidcAccount oidc ? oidc.getPrincipal().getName() : null;
    }
}
