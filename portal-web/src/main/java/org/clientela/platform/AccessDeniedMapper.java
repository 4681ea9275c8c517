package org.clientela.platform;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clientela.account.AccessDeniedException;

/** The API's answer to a service's refusal: 403 with a JSON body that says nothing about the data. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("error", "forbidden")
                        .add("message", "You have no right to this on this account.")
                        .build()
                        .toString())
                .build();
    }
}
