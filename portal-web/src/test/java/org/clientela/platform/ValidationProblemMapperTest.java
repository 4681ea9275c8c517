package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.store.CustomerOrdersResource;
import org.clientela.store.CustomerOrdersResource.AddressRequest;
import org.clientela.store.CustomerOrdersResource.LineRequest;
import org.clientela.store.CustomerOrdersResource.OrderRequest;
import org.clientela.store.OrderStatus;
import org.clientela.store.PaymentMethod;
import org.clientela.store.StoreOrdersResource;
import org.clientela.store.StoreOrdersResource.StatusChange;
import org.junit.jupiter.api.Test;

/** The request records' constraints, and the names the API gives the bad fields. */
class ValidationProblemMapperTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aBadOrderNamesEachFieldAsTheCallerWroteIt() throws Exception {
        OrderRequest order = new OrderRequest(
                null,
                Arrays.asList(new LineRequest("A-1", 0), null, new LineRequest(" ", 1000)),
                new BigDecimal("10.00"),
                new AddressRequest("Ivan Petrov", "ul. Shipka 2", "1000", null, "BG"),
                null,
                null,
                PaymentMethod.INVOICE,
                null,
                null);
        Method place = CustomerOrdersResource.class.getMethod("place", String.class, OrderRequest.class);

        assertThat(fields(new CustomerOrdersResource(), place, "too-short", order))
                .containsExactlyInAnyOrder(
                        "Idempotency-Key",
                        "lines[0].quantity",
                        "lines[1]",
                        "lines[2].quantity",
                        "lines[2].sku",
                        "shipping.city",
                        "delivery");
    }

    @Test
    void aMissingBodyIsTheRootAndAGoodOrderHasNoFault() throws Exception {
        Method place = CustomerOrdersResource.class.getMethod("place", String.class, OrderRequest.class);
        OrderRequest order = new OrderRequest(
                null,
                Arrays.asList(new LineRequest("A-1", 2)),
                new BigDecimal("10.00"),
                new AddressRequest("Ivan Petrov", "ul. Shipka 2", "1000", "Sofia", "BG"),
                null,
                org.clientela.store.DeliveryMethod.STANDARD,
                PaymentMethod.INVOICE,
                null,
                null);

        assertThat(fields(new CustomerOrdersResource(), place, "0123456789abcdef", null))
                .containsExactly("");
        assertThat(fields(new CustomerOrdersResource(), place, "0123456789abcdef", order))
                .isEmpty();
    }

    @Test
    void aShippedOrderNeedsItsCarrierAndNoOtherStatusDoes() throws Exception {
        Method change = StoreOrdersResource.class.getMethod("changeStatus", String.class, StatusChange.class);

        assertThat(fields(
                        new StoreOrdersResource(),
                        change,
                        "CL-000001",
                        new StatusChange(OrderStatus.SHIPPED, null, "NP1", null)))
                .containsExactly("shipment.carrier");
        assertThat(fields(new StoreOrdersResource(), change, "CL-000001", new StatusChange(null, null, null, null)))
                .containsExactly("status");
        assertThat(fields(
                        new StoreOrdersResource(),
                        change,
                        "CL-000001",
                        new StatusChange(OrderStatus.PAID, null, null, null)))
                .isEmpty();
    }

    private static Set<String> fields(Object resource, Method method, Object... arguments) {
        Set<? extends ConstraintViolation<?>> violations =
                VALIDATOR.forExecutables().validateParameters(resource, method, arguments);
        return violations.stream().map(ValidationProblemMapper::field).collect(Collectors.toSet());
    }
}
