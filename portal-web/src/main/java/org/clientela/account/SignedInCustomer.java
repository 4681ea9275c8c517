package org.clientela.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

    /** For pages under /account, which only customers reach: the filter has recognised them. */
    public long requireId() {
        return id().orElseThrow(() -> new IllegalStateException("no customer record in this session"));
    }
}
