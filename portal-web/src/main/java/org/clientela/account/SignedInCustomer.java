package org.clientela.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.OptionalLong;

/** The customer record of the person signed in, as recognised at the start of their session. */
@RequestScoped
public class SignedInCustomer {

    @Inject
    private HttpSession session;

    public OptionalLong id() {
        return session.getAttribute(CustomerRecognitionFilter.CUSTOMER_ID) instanceof Long id
                ? OptionalLong.of(id)
                : OptionalLong.empty();
    }

    /**
     * The customer the filter recognised in this request's session, without making a session.
     * A call with a bearer token is that token's person, whatever cookie came along: none then.
     */
    public static OptionalLong recognisedIn(HttpServletRequest request) {
        HttpSession session = request.getHeader("Authorization") == null ? request.getSession(false) : null;
        return session != null && session.getAttribute(CustomerRecognitionFilter.CUSTOMER_ID) instanceof Long id
                ? OptionalLong.of(id)
                : OptionalLong.empty();
    }

    /** For pages under /account, which only customers reach: the filter has recognised them. */
    public long requireId() {
        return id().orElseThrow(() -> new IllegalStateException("no customer record in this session"));
    }
}
