package org.clientela.store;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How a shipped order travels: the carrier, its tracking number, and where to follow it. */
public record Shipment(
        @NotBlank(message = "{clientela.store.carrier}") @Size(max = 60)
        String carrier,

        @NotBlank(message = "{clientela.store.trackingNumber}") @Size(max = 80)
        String trackingNumber,

        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{clientela.store.trackingUrl}")
        String trackingUrl) {}
