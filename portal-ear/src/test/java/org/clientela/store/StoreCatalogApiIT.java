package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.Tokens;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ERP's catalog API from outside, with real Keycloak tokens: upserts by slug and SKU, all or
 * nothing, idempotent; per-item errors; 400 for malformed JSON; 401 without a token, 403 with a
 * token that lacks the {@code integration} role; every error an RFC 9457 problem. The search index
 * is rebuilt on the same terms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoreCatalogApiIT {

    String key;
    String erp;

    @BeforeEach
    void aCategoryTree() throws Exception {
        key = UUID.randomUUID().toString().substring(0, 8);
        erp = Tokens.erpConnector();
        HttpResponse<String> categories = put("/api/store/categories", erp, """
                [{"slug": "computers-%1$s", "names": {"en": "Computers", "bg": "Компютри"}},
                 {"slug": "laptops-%1$s", "parent": "computers-%1$s", "names": {"en": "Laptops"}}]
                """.formatted(key));
        assertThat(categories.statusCode()).as(categories.body()).isEqualTo(200);
        assertThat(categories.body()).contains("\"created\":2");
    }

    @Test
    void productsAreUpsertedBySkuAndTheSameCallTwiceChangesNothing() throws Exception {
        String products = """
                [{"sku": "NB-%1$s", "category": "laptops-%1$s", "netPrice": 1000.00, "vatRate": 20,
                  "stock": 7, "brand": "Acme", "colour": "silver",
                  "texts": {"en": {"name": "Notebook 14", "description": "Light"}, "bg": {"name": "Лаптоп 14"}}},
                 {"sku": "MS-%1$s", "category": "computers-%1$s", "netPrice": 19.99, "vatRate": 9,
                  "stock": 0, "texts": {"en": {"name": "Mouse"}}}]
                """.formatted(key.toUpperCase());
        String withLowerCaseCategories = products.replace("laptops-" + key.toUpperCase(), "laptops-" + key)
                .replace("computers-" + key.toUpperCase(), "computers-" + key);

        HttpResponse<String> first = put("/api/store/products", erp, withLowerCaseCategories);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"created\":2", "\"errors\":[]");

        HttpResponse<String> again = put("/api/store/products", erp, withLowerCaseCategories);
        assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":2");

        HttpResponse<String> restocked =
                put("/api/store/products", erp, withLowerCaseCategories.replace("\"stock\": 7", "\"stock\": 5"));
        assertThat(restocked.body()).contains("\"updated\":1", "\"unchanged\":1");

        HttpResponse<String> read = get("/api/store/products/NB-" + key.toUpperCase(), erp);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"grossPrice\":1200.00", "\"stock\":5", "\"currency\":\"EUR\"", "Лаптоп 14");
        HttpResponse<String> mouse = get("/api/store/products/MS-" + key.toUpperCase(), erp);
        assertThat(mouse.body()).contains("\"grossPrice\":21.79"); // 19.99 + 9% = 21.7891, half up
    }

    @Test
    void oneBadItemRefusesTheWholeCallWithEveryItemsErrors() throws Exception {
        String sku = "OK-" + key.toUpperCase();
        HttpResponse<String> refused = put("/api/store/products", erp, """
                [{"sku": "%1$s", "category": "laptops-%2$s", "netPrice": 10, "vatRate": 20, "stock": 1,
                  "texts": {"en": {"name": "Fine"}}},
                 {"sku": "bad sku", "category": "nowhere-%2$s", "netPrice": -1, "vatRate": 120, "stock": -5,
                  "texts": {"xx": {"name": "?"}}}]
                """.formatted(sku, key));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertProblem(refused, "urn:clientela:problem:invalid-items", 422);
        assertThat(refused.body())
                .contains("\"index\":1", "\"field\":\"sku\"", "\"field\":\"category\"")
                .contains("\"field\":\"netPrice\"", "\"field\":\"vatRate\"", "\"field\":\"stock\"")
                .contains("\"field\":\"texts.xx\"")
                .doesNotContain("\"index\":0");
        HttpResponse<String> missing = get("/api/store/products/" + sku, erp);
        assertThat(missing.statusCode())
                .as("the good item was not applied either")
                .isEqualTo(404);
        assertProblem(missing, "about:blank", 404);
    }

    @Test
    void malformedJsonGetsAClearAnswer() throws Exception {
        HttpResponse<String> response = put("/api/store/products", erp, "[{\"sku\": \"X1\", \"stock\": \"many\"");
        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "urn:clientela:problem:malformed-request", 400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void withoutTokenItIs401AndWithoutTheRoleItIs403() throws Exception {
        String body = "[]";
        assertThat(put("/api/store/products", null, body).statusCode()).isEqualTo(401);
        HttpResponse<String> forbidden = put("/api/store/products", Tokens.portalServiceAccount(), body);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertProblem(forbidden, "about:blank", 403);
        assertThat(forbidden.body()).doesNotContain("Access forbidden");
        assertThat(get("/api/store/products/NB-" + key.toUpperCase(), Tokens.portalServiceAccount())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCategoryUnderAnUnknownParentIsRefusedAsAProblem() throws Exception {
        HttpResponse<String> refused = put("/api/store/categories", erp, """
                [{"slug": "orphan-%1$s", "parent": "nowhere-%1$s", "names": {"en": "Orphan"}}]
                """.formatted(key));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertProblem(refused, "urn:clientela:problem:invalid-items", 422);
        assertThat(refused.body()).contains("\"index\":0", "\"field\":\"parent\"");
    }

    @Test
    void theErpRebuildsTheSearchIndexAndWaitsForIt() throws Exception {
        HttpResponse<String> rebuilt = ErpApi.post("/api/store/search/reindex", erp);
        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.body()).containsPattern("\"products\":\\d+").containsPattern("\"millis\":\\d+");

        assertThat(ErpApi.post("/api/store/search/reindex", null).statusCode()).isEqualTo(401);
        assertThat(ErpApi.post("/api/store/search/reindex", Tokens.portalServiceAccount())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theServerDescribesTheApiInOpenApi() throws Exception {
        HttpResponse<String> description = get("/openapi?format=JSON", null);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body())
                .contains("Clientela API")
                .contains("/api/store/products")
                .contains("/api/store/orders/{number}/status")
                .contains("bearerFormat");
    }

    private static HttpResponse<String> put(String path, String token, String json) throws Exception {
        return ErpApi.put(path, token, json);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return ErpApi.get(path, token);
    }

    /** An RFC 9457 problem of this type and status. */
    static void assertProblem(HttpResponse<String> response, String type, int status) {
        assertThat(response.headers().firstValue("Content-Type"))
                .as(response.body())
                .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"" + type + "\"")
                .contains("\"status\":" + status)
                .contains("\"title\":");
    }
}
