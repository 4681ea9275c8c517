package org.clientela.store;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clientela.platform.ApiTexts;
import org.clientela.platform.Problem;

/** No such order, for the customers' API and the ERP's alike: 404. */
@Provider
public class OrderNotFoundMapper implements ExceptionMapper<OrderNotFoundException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(OrderNotFoundException exception) {
        ApiTexts texts = ApiTexts.of(request);
        return Problem.http(404, texts.status(404))
                .detail(texts.get("api.order.notFound"))
                .response();
    }
}
