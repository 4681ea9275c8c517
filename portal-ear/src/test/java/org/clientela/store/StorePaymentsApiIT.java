package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientela.store.StoreCatalogApiIT.assertProblem;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.WebSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ERP's payment API from outside, with real Keycloak tokens: a partial and then the full
 * payment of an invoice order, the same payment id posted again answering the same and crediting
 * nothing, and the refusals as RFC 9457 problems: an unknown invoice (404), more than is open, an id
 * reused for another amount (409), a bad amount and a missing id (400), no token (401) and a token
 * without the {@code integration} role (403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorePaymentsApiIT {

    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"(CL-\\d+)\"");

    String key;
    String erp;
    String number;

    /** An invoice order of 16.90 (12.00 gross and 4.90 delivery), placed by a customer's session. */
    @BeforeEach
    void anInvoiceOrder() throws Exception {
        key = UUID.randomUUID().toString().substring(0, 8);
        erp = Tokens.erpConnector();
        String sku = "PAY-" + key.toUpperCase();
        ErpApi.categoryWithProduct(erp, "payments-" + key, sku, "10.00", 5, "Payable " + key);
        WebSession customer = WebSession.signIn("customer2");
        HttpResponse<String> placed = customer.postJson(
                URI.create(TestEnvironment.PORTAL + "/api/account/orders"),
                """
                {"lines": [{"sku": "%s", "quantity": 1}], "expectedTotal": 16.90, "delivery": "STANDARD",
                 "payment": "INVOICE", "shipping": {"recipient": "Ivan Petrov", "street": "ul. Shipka 2",
                 "postalCode": "1000", "city": "Sofia", "country": "BG"}}""".formatted(sku),
                UUID.randomUUID().toString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        Matcher matcher = NUMBER.matcher(placed.body());
        assertThat(matcher.find()).as(placed.body()).isTrue();
        number = matcher.group(1);
    }

    @Test
    void partialThenFullPaymentsAreTakenOnceEach() throws Exception {
        HttpResponse<String> partial = pay(number, erp, "pay-1-" + key, "6.90");
        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(200);
        assertThat(partial.body())
                .contains("\"invoice\":\"" + number + "\"")
                .contains("\"paymentId\":\"pay-1-" + key + "\"")
                .contains("\"open\":10.00")
                .contains("\"settled\":false");

        HttpResponse<String> again = pay(number, erp, "pay-1-" + key, "6.90");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).as("the same answer, nothing credited twice").isEqualTo(partial.body());

        HttpResponse<String> reused = pay(number, erp, "pay-1-" + key, "7.00");
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
        assertProblem(reused, "urn:clientela:problem:payment-id-reused", 409);

        HttpResponse<String> over = pay(number, erp, "pay-2-" + key, "10.01");
        assertThat(over.statusCode()).as(over.body()).isEqualTo(409);
        assertProblem(over, "urn:clientela:problem:more-than-open", 409);
        assertThat(over.body()).contains("\"open\":\"10.00\"");

        HttpResponse<String> rest = pay(number, erp, "pay-2-" + key, "10.00");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        assertThat(rest.body())
                .contains("\"paid\":16.90")
                .contains("\"open\":0")
                .contains("\"settled\":true");

        HttpResponse<String> order = ErpApi.get("/api/store/orders/" + number, erp);
        assertThat(order.body()).as("a settled invoice makes its order paid").contains("\"status\":\"PAID\"");
    }

    @Test
    void badPaymentsAreRefusedAsProblems() throws Exception {
        HttpResponse<String> unknown = pay("CL-999999999", erp, "nope-" + key, "1.00");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown, "about:blank", 404);

        HttpResponse<String> negative = pay(number, erp, "neg-" + key, "-1.00");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertProblem(negative, "urn:clientela:problem:invalid", 400);
        assertThat(negative.body()).contains("\"field\":\"amount\"");

        HttpResponse<String> cents = pay(number, erp, "cents-" + key, "1.005");
        assertThat(cents.statusCode()).isEqualTo(400);
        assertThat(cents.body()).contains("\"field\":\"amount\"");

        HttpResponse<String> noId =
                ErpApi.post("/api/store/invoices/" + number + "/payments", erp, "{\"amount\": 1.00}");
        assertThat(noId.statusCode()).isEqualTo(400);
        assertProblem(noId, "urn:clientela:problem:invalid", 400);
        assertThat(noId.body()).contains("\"field\":\"paymentId\"");

        HttpResponse<String> malformed =
                ErpApi.post("/api/store/invoices/" + number + "/payments", erp, "{\"amount\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);

        HttpResponse<String> anonymous = pay(number, null, "anon-" + key, "1.00");
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> withoutRole = pay(number, Tokens.portalServiceAccount(), "portal-" + key, "1.00");
        assertThat(withoutRole.statusCode()).isEqualTo(403);
        assertProblem(withoutRole, "about:blank", 403);

        // none of it was credited: the whole amount is still open
        HttpResponse<String> whole = pay(number, erp, "whole-" + key, "16.90");
        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
        assertThat(whole.body()).contains("\"settled\":true");
    }

    private static HttpResponse<String> pay(String number, String token, String paymentId, String amount)
            throws Exception {
        return ErpApi.post(
                "/api/store/invoices/" + number + "/payments",
                token,
                "{\"paymentId\": \"%s\", \"amount\": %s}".formatted(paymentId, amount));
    }
}
