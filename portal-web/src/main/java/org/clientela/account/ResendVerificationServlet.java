package org.clientela.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clientela.platform.Customer;

/**
 * {@code POST /account/resend-verification}: Keycloak mails the verification link again, for a
 * customer whose address is not verified yet (they cannot grant access or order until it is).
 */
@WebServlet("/account/resend-verification")
public class ResendVerificationServlet extends HttpServlet {

    static final String SENT = "clientela.verificationResent";

    @Inject
    private SignedInCustomer signedIn;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private KeycloakAccounts keycloak;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Customer customer = directory.find(signedIn.requireId()).orElseThrow();
        if (!customer.isEmailVerified()) {
            keycloak.sendVerificationMail(customer.getSubject());
            request.getSession().setAttribute(SENT, Boolean.TRUE);
        }
        response.sendRedirect("/account/");
    }
}
