package org.clientela.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clientela.platform.ApiTexts;
import org.clientela.platform.Problem;

/** No customer record yet: 403, telling the caller to sign in to the portal once. */
@Provider
public class NoCustomerRecordMapper implements ExceptionMapper<NoCustomerRecordException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(NoCustomerRecordException exception) {
        ApiTexts texts = ApiTexts.of(request);
        return Problem.of(403, "no-account", texts.status(403))
                .detail(texts.get("api.order.noAccount"))
                .response();
    }
}
