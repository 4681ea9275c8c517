package org.clientela.community;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The service levels of private requests: per priority, how long until the first staff answer
 * and until the request is solved. A request is "about to break" once {@link #WARN_SHARE} of
 * its time has passed, so that staff still have time to act.
 */
public final class RequestSla {

    /** Three quarters of the time gone: the check warns. */
    static final double WARN_SHARE = 0.75;

    private static final Map<CasePriority, long[]> DEFAULT_HOURS = new EnumMap<>(Map.of(
            CasePriority.URGENT, new long[] {1, 8},
            CasePriority.HIGH, new long[] {4, 24},
            CasePriority.NORMAL, new long[] {8, 72},
            CasePriority.LOW, new long[] {24, 168}));

    private final Map<CasePriority, Duration> firstAnswer = new EnumMap<>(CasePriority.class);
    private final Map<CasePriority, Duration> resolution = new EnumMap<>(CasePriority.class);

    private RequestSla() {}

    /** The defaults above. */
    public static RequestSla defaults() {
        return of(Map.of());
    }

    /**
     * From system properties {@code clientela.requests.sla.<priority>.first-hours} and
     * {@code .resolution-hours} (e.g. {@code clientela.requests.sla.urgent.first-hours=1}),
     * each falling back to its default.
     */
    public static RequestSla configured() {
        Map<String, String> values = new java.util.HashMap<>();
        for (CasePriority priority : CasePriority.values()) {
            for (String what : new String[] {"first", "resolution"}) {
                String name = property(priority, what);
                String value = System.getProperty(name);
                if (value != null) {
                    values.put(name, value);
                }
            }
        }
        return of(values);
    }

    static RequestSla of(Map<String, String> hours) {
        RequestSla sla = new RequestSla();
        for (CasePriority priority : CasePriority.values()) {
            long[] fallback = DEFAULT_HOURS.get(priority);
            sla.firstAnswer.put(priority, Duration.ofHours(hours(hours.get(property(priority, "first")), fallback[0])));
            sla.resolution.put(
                    priority, Duration.ofHours(hours(hours.get(property(priority, "resolution")), fallback[1])));
        }
        return sla;
    }

    static String property(CasePriority priority, String what) {
        return "clientela.requests.sla." + priority.name().toLowerCase(java.util.Locale.ROOT) + "." + what + "-hours";
    }

    private static long hours(String value, long fallback) {
        try {
            long hours = value == null ? fallback : Long.parseLong(value.strip());
            return hours > 0 ? hours : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Duration firstAnswer(CasePriority priority) {
        return firstAnswer.get(priority);
    }

    public Duration resolution(CasePriority priority) {
        return resolution.get(priority);
    }

    /** When the check warns about a clock that started at {@code start} and ends at {@code due}. */
    public static java.time.Instant warnAt(java.time.Instant start, java.time.Instant due) {
        long span = Duration.between(start, due).toMillis();
        return start.plusMillis((long) (span * WARN_SHARE));
    }
}
