package org.clientela.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The API's answer to a service's refusal: 403 with a JSON body that says nothing about the data. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return ApiErrors.of(Response.Status.FORBIDDEN, "forbidden", "You have no right to this on this account.");
    }
}
