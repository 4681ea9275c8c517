package org.clientela.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The latencies of one kind of request (HdrHistogram, microseconds, 3 significant digits), its
 * errors by kind and free counters. Not thread-safe: each client thread keeps its own, and they
 * are added up after the run, so recording costs no lock.
 */
final class LatencyRecorder {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);
    private static final int SAMPLES = 5;

    private final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
    private final Map<String, Long> errors = new TreeMap<>();
    private final Map<String, Long> counters = new TreeMap<>();
    private final List<String> samples = new ArrayList<>();

    /** A request that succeeded, and how long it took. */
    void record(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(HIGHEST_MICROS, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    /** A request that failed; {@code kind} is short and without ids, so that failures group. */
    void error(String kind, String detail) {
        errors.merge(kind, 1L, Long::sum);
        if (samples.size() < SAMPLES && detail != null) {
            samples.add(kind + ": " + detail);
        }
    }

    void count(String counter, long amount) {
        counters.merge(counter, amount, Long::sum);
    }

    void add(LatencyRecorder other) {
        histogram.add(other.histogram);
        other.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
        other.counters.forEach((counter, count) -> counters.merge(counter, count, Long::sum));
        for (String sample : other.samples) {
            if (samples.size() < SAMPLES) {
                samples.add(sample);
            }
        }
    }

    long successes() {
        return histogram.getTotalCount();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    Map<String, Long> errors() {
        return errors;
    }

    long counter(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    List<String> samples() {
        return samples;
    }

    double millisAt(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }

    /** "p50 / p95 / p99 / max" in milliseconds. */
    String percentiles() {
        return String.format("%.1f / %.1f / %.1f / %.1f ms", millisAt(50), millisAt(95), millisAt(99), maxMillis());
    }

    /** Errors as "3 (HTTP 500: 2, timeout: 1)". */
    String errorSummary() {
        if (errors.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder().append(errorCount()).append(" (");
        errors.forEach(
                (kind, count) -> text.append(kind).append(": ").append(count).append(", "));
        text.setLength(text.length() - 2);
        return text.append(')').toString();
    }
}
