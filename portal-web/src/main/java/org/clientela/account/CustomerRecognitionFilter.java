package org.clientela.account;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Customer;
import org.clientela.platform.LanguageSwitchServlet;
import org.clientela.platform.UiLanguage;

/**
 * On the first request of a signed-in customer's session, makes sure the portal knows them: the
 * first sign-in ever creates the customer record (see {@link CustomerDirectory#recogniseSignIn}).
 * Again whenever the adapter brings a new ID token (a refresh), so that an email changed and
 * verified in Keycloak reaches the portal's copy. A closed or disabled account is signed out.
 * At sign-in the customer's preferred language becomes the UI's, so that it follows them to a
 * new browser; a language chosen in this browser's header (its cookie) is a choice made here and
 * stays, and so does a switch later in the session.
 */
@WebFilter(urlPatterns = "/*")
public class CustomerRecognitionFilter extends HttpFilter {

    static final String CUSTOMER_ID = "clientela.customerId";
    static final String TOKEN_SEEN = "clientela.idTokenSeen";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiLanguage uiLanguage;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private Event<CustomerSignedIn> signedIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && currentUser.isCustomer()) {
            Long tokenIssuedAt = currentUser.idTokenIssuedAt().orElse(null);
            boolean known = session != null && session.getAttribute(CUSTOMER_ID) != null;
            boolean sameToken = known && java.util.Objects.equals(tokenIssuedAt, session.getAttribute(TOKEN_SEEN));
            if (!sameToken) {
                Customer customer = currentUser
                        .identity(uiLanguage.getLanguage())
                        .map(directory::recogniseSignIn)
                        .orElse(null);
                if (customer != null && !customer.isUsable()) {
                    request.logout();
                    if (request.getSession(false) != null) {
                        request.getSession(false).invalidate();
                    }
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                if (customer != null && !known && !UiLanguage.chosenHere(request)) {
                    uiLanguage.use(customer.getPreferredLanguage());
                    LanguageSwitchServlet.remember(customer.getPreferredLanguage(), response);
                }
                if (customer != null) {
                    request.getSession().setAttribute(CUSTOMER_ID, customer.getId());
                    request.getSession().setAttribute(TOKEN_SEEN, tokenIssuedAt);
                    signedIn.fire(new CustomerSignedIn(customer.getId()));
                }
            }
        }
        chain.doFilter(request, response);
    }
}
