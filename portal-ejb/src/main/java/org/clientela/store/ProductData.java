package org.clientela.store;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A product as the ERP states it, keyed by SKU; also the JSON of {@code PUT /api/store/products}.
 * Texts are keyed by language tag ({@code en}, {@code bg}, {@code uk}, {@code ru}).
 */
public record ProductData(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{1,39}", message = "{clientela.store.sku}")
        String sku,

        @NotBlank String category,

        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
        BigDecimal netPrice,

        @NotNull @DecimalMin("0.00") @DecimalMax(value = "100", inclusive = false) @Digits(integer = 3, fraction = 2)
        BigDecimal vatRate,

        @NotNull @Min(0) @Max(10_000_000) Integer stock,
        Boolean active,
        @Size(max = 80) String brand,
        @Size(max = 40) String colour,

        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{clientela.store.imageUrl}")
        String imageUrl,

        @NotEmpty Map<String, @NotNull @Valid Text> texts) {

    /** Name and description in one language. */
    public record Text(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description) {}

    /** Active unless the ERP says otherwise. */
    public boolean isActive() {
        return active == null || active;
    }
}
