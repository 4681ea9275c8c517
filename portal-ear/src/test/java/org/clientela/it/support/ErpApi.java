package org.clientela.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls of the portal's REST API as a JSON client, with a bearer token or none. */
public final class ErpApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ErpApi() {}

    public static HttpResponse<String> put(String path, String token, String json) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    /**
     * A category of its own and one product in it, named in English, at {@code netPrice} plus
     * 20 % VAT: what most store tests start from. Fails unless the ERP API takes both.
     */
    public static void categoryWithProduct(
            String token, String categorySlug, String sku, String netPrice, int stock, String name) throws Exception {
        expectOk(put(
                "/api/store/categories",
                token,
                "[{\"slug\": \"%s\", \"names\": {\"en\": \"%s\"}}]".formatted(categorySlug, categorySlug)));
        expectOk(put("/api/store/products", token, """
                [{"sku": "%s", "category": "%s", "netPrice": %s, "vatRate": 20, "stock": %d,
                  "texts": {"en": {"name": "%s"}}}]
                """.formatted(sku, categorySlug, netPrice, stock, name)));
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("The ERP API answered " + response.statusCode() + ": " + response.body());
        }
    }

    public static HttpResponse<String> post(String path, String token, String json) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    /** A POST without a body, for actions such as rebuilding the search index. */
    public static HttpResponse<String> post(String path, String token) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                token);
    }

    public static HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path)), token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        request.header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
