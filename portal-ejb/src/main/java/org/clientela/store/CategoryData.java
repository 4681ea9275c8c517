package org.clientela.store;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A catalog category as the ERP or an admin states it, keyed by slug, under an optional parent's
 * slug; names keyed by language tag. Also the JSON of {@code PUT /api/store/categories}.
 */
public record CategoryData(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{clientela.store.slug}") @Size(max = 80)
        String slug,

        String parent,
        Boolean active,
        @NotEmpty Map<String, @NotBlank @Size(max = 120) String> names) {

    public boolean isActive() {
        return active == null || active;
    }
}
