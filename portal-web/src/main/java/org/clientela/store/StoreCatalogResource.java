package org.clientela.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clientela.platform.Roles;

/**
 * The ERP's catalog API: {@code PUT /api/store/categories} and {@code PUT /api/store/products}
 * upsert by slug or SKU (all or nothing; 200 with counts, or 422 with every item's errors as
 * problem details), {@code
 * GET /api/store/products/{sku}} reads one back, {@code POST /api/store/search/reindex} rebuilds
 * the search index from the database and answers when it is done.
 */
@Path("store")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
public class StoreCatalogResource {

    /** A product as the API shows it, with the gross price worked out. */
    public record ProductView(
            String sku,
            String category,
            BigDecimal netPrice,
            BigDecimal vatRate,
            BigDecimal grossPrice,
            String currency,
            int stock,
            boolean active,
            String brand,
            String colour,
            String imageUrl,
            Map<String, ProductData.Text> texts,
            Instant updatedAt) {}

    /** What a rebuild of the search index did. */
    public record Reindexed(long products, long millis) {}

    @Inject
    private CatalogSync sync;

    @Inject
    private CatalogIndex index;

    @PUT
    @Path("categories")
    public Response upsertCategories(List<CategoryData> categories) {
        return answer(sync.upsertCategories(categories));
    }

    @PUT
    @Path("products")
    public Response upsertProducts(List<ProductData> products) {
        return answer(sync.upsert(products));
    }

    @GET
    @Path("products/{sku}")
    public ProductView product(@PathParam("sku") String sku) {
        Product product = sync.product(sku).orElseThrow(() -> new NotFoundException("No product has this SKU."));
        Map<String, ProductData.Text> texts = new TreeMap<>();
        product.getTexts()
                .forEach((language, text) ->
                        texts.put(language.tag(), new ProductData.Text(text.getName(), text.getDescription())));
        return new ProductView(
                product.getSku(),
                product.getCategory().getSlug(),
                product.getNetPrice(),
                product.getVatRate(),
                product.grossPrice(),
                product.getCurrency(),
                product.getStock(),
                product.isActive(),
                product.getBrand(),
                product.getColour(),
                product.getImageUrl(),
                texts,
                product.getUpdatedAt());
    }

    @POST
    @Path("search/reindex")
    @Consumes(MediaType.WILDCARD) // no body to read
    public Reindexed reindex() {
        long start = System.nanoTime();
        long products = index.rebuild();
        return new Reindexed(products, (System.nanoTime() - start) / 1_000_000);
    }

    /** An applied report; a refused one is answered by {@link CatalogRefusalMapper}, as a refusal the service raised. */
    private static Response answer(SyncReport report) {
        if (!report.applied()) {
            throw new CatalogRefusal(report);
        }
        return Response.ok(report).build();
    }
}
