package org.clientela.store;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clientela.platform.ApiTexts;
import org.clientela.platform.Problem;

/**
 * A step the order's lifecycle does not allow from where it stands: 409, with {@code from} and
 * {@code to} for programs and a sentence for people (a cancellation says it is too late for one).
 */
@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(IllegalTransitionException exception) {
        ApiTexts texts = ApiTexts.of(request);
        String detail = exception.getTo() == OrderStatus.CANCELLED
                ? texts.get("api.order.cannotCancel", exception.getNumber(), exception.getFrom())
                : texts.get("api.order.cannotBecome", exception.getNumber(), exception.getFrom(), exception.getTo());
        return Problem.of(409, "illegal-transition", texts.get("api.problem.illegalTransition"))
                .detail(detail)
                .with("from", exception.getFrom().name())
                .with("to", exception.getTo().name())
                .response();
    }
}
