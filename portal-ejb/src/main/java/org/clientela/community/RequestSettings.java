package org.clientela.community;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.clientela.crm.LifecycleStage;

/**
 * What an operator tunes about private requests, from system properties like the community's
 * other limits; a missing or unreadable value falls back to its default.
 */
public final class RequestSettings {

    private RequestSettings() {}

    /** {@code clientela.requests.high-order-value}, 500 by default: an order over it makes a request high. */
    public static BigDecimal highOrderValue() {
        try {
            return new BigDecimal(System.getProperty("clientela.requests.high-order-value", "500")
                    .strip());
        } catch (NumberFormatException e) {
            return new BigDecimal("500");
        }
    }

    /** {@code clientela.requests.raised-stages}, comma-separated, ADVOCATE by default. */
    public static Set<LifecycleStage> raisedStages() {
        Set<LifecycleStage> stages = EnumSet.noneOf(LifecycleStage.class);
        Arrays.stream(System.getProperty("clientela.requests.raised-stages", "ADVOCATE")
                        .split(","))
                .map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .forEach(s -> {
                    try {
                        stages.add(LifecycleStage.valueOf(s));
                    } catch (IllegalArgumentException e) {
                        // an unknown stage raises nobody
                    }
                });
        return stages;
    }

    public static PriorityRules.Settings priorityRules() {
        return new PriorityRules.Settings(highOrderValue(), raisedStages());
    }

    /** {@code clientela.requests.reopen-days}, 14 by default: how long a solved request may be reopened. */
    public static Duration reopenWindow() {
        return Duration.ofDays(number("clientela.requests.reopen-days", 14));
    }

    /** {@code clientela.requests.attachment-max-bytes}, 5 MB by default. */
    public static int attachmentMaxBytes() {
        return (int) number("clientela.requests.attachment-max-bytes", 5 * 1024 * 1024);
    }

    /** At most this many files per request. */
    public static int attachmentMaxCount() {
        return (int) number("clientela.requests.attachment-max-count", 3);
    }

    private static long number(String name, long fallback) {
        try {
            long value = Long.parseLong(
                    System.getProperty(name, Long.toString(fallback)).strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
