package org.clientela.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the API cannot read (malformed JSON, a text where a number belongs): 400 with a JSON reason. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return ApiErrors.of(
                Response.Status.BAD_REQUEST, "malformed-request", "The body is not the JSON this call expects.");
    }
}
