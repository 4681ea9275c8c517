package org.clientela.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service's refusal on an account: 403, saying nothing about the data. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(AccessDeniedException exception) {
        ApiTexts texts = ApiTexts.of(request);
        return Problem.http(403, texts.status(403))
                .detail(texts.get("api.problem.forbidden"))
                .response();
    }

    /** A staff service's {@code @RolesAllowed} refusing the caller's roles: 403 as well, not a 500. */
    @Provider
    public static class RolesRefused implements ExceptionMapper<EJBAccessException> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(EJBAccessException exception) {
            return Problem.http(403, ApiTexts.of(request).status(403)).response();
        }
    }
}
