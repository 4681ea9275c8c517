package org.clientela.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.clientela.platform.UiLanguage;

/**
 * On the first request of a signed-in customer's session, makes sure the portal knows them: the
 * first sign-in ever creates the customer record (see {@link CustomerDirectory#recogniseSignIn}).
 */
@WebFilter(urlPatterns = "/*")
public class CustomerRecognitionFilter extends HttpFilter {

    static final String CUSTOMER_ID = "clientela.customerId";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiLanguage uiLanguage;

    @Inject
    private CustomerDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null
                && (session == null || session.getAttribute(CUSTOMER_ID) == null)
                && currentUser.isCustomer()) {
            currentUser
                    .identity(uiLanguage.getLanguage())
                    .map(directory::recogniseSignIn)
                    .ifPresent(customer -> request.getSession().setAttribute(CUSTOMER_ID, customer.getId()));
        }
        chain.doFilter(request, response);
    }
}
