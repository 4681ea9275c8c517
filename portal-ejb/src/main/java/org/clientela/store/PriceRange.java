package org.clientela.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gross prices from {@code min} (included) up to {@code max} (excluded), in euros; either end may
 * be open. In addresses it is written {@code 50-200}, {@code -50} or {@code 1000-}.
 */
public record PriceRange(BigDecimal min, BigDecimal max) {

    /** The ranges the catalog counts its products in. */
    public static final List<PriceRange> BANDS = List.of(
            new PriceRange(null, new BigDecimal("50")),
            new PriceRange(new BigDecimal("50"), new BigDecimal("200")),
            new PriceRange(new BigDecimal("200"), new BigDecimal("500")),
            new PriceRange(new BigDecimal("500"), new BigDecimal("1000")),
            new PriceRange(new BigDecimal("1000"), null));

    private static final Pattern PARAM = Pattern.compile("(\\d{1,10}(?:\\.\\d{1,2})?)?-(\\d{1,10}(?:\\.\\d{1,2})?)?");

    public PriceRange {
        if (min == null && max == null) {
            throw new IllegalArgumentException("a price range needs at least one end");
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            throw new IllegalArgumentException("a price range's minimum lies below its maximum");
        }
    }

    /** The range an address names, or empty for anything else. */
    public static Optional<PriceRange> fromParam(String param) {
        Matcher m = param == null ? null : PARAM.matcher(param.strip());
        if (m == null || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return Optional.empty();
        }
        BigDecimal min = m.group(1) == null ? null : new BigDecimal(m.group(1));
        BigDecimal max = m.group(2) == null ? null : new BigDecimal(m.group(2));
        if (min != null && max != null && min.compareTo(max) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new PriceRange(min, max));
    }

    public String toParam() {
        return (min == null ? "" : min.toPlainString()) + "-" + (max == null ? "" : max.toPlainString());
    }
}
