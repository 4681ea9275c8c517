package org.clientela.bench;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.clientela.it.support.WebSession.Failure;

/**
 * A closed-loop load: a fixed pool of platform threads, one per client, each doing round after
 * round without pause, first for a warm-up that is not reported, then for the measured time. A
 * round counts when it starts inside the measured window; its duration is what the client saw
 * (no correction for coordinated omission: a slow answer delays that client's next round). Each
 * client records into its own {@link LatencyRecorder}s, added up at the end.
 */
final class LoadDriver {

    /** One client: its state lives in the object, {@link #next} does one round. */
    interface Client {
        /** Succeeds, or throws {@link Failure} (an answer that is not right) or any I/O exception. */
        void next(Round round) throws Exception;
    }

    /** What a round may record besides its own duration: timings of its parts and counters. */
    static final class Round {
        private final Map<String, LatencyRecorder> recorders;
        private boolean measured;

        private Round(Map<String, LatencyRecorder> recorders) {
            this.recorders = recorders;
        }

        boolean measured() {
            return measured;
        }

        /** A timed part of the round ({@code name} must be one the run was started with). */
        void record(String name, long nanos) {
            if (measured) {
                recorders.get(name).record(nanos);
            }
        }

        /** A counter, on the run's main recorder. */
        void count(String counter, long amount) {
            if (measured) {
                recorders.values().iterator().next().count(counter, amount);
            }
        }
    }

    /** An answer that came but is not what it should be; the kind groups it in the report. */

    /**
     * The figures of one run: per name the measured rounds (the first name is the round itself),
     * and the warm-up's rounds, which are not reported but whose errors are.
     */
    record Outcome(Map<String, LatencyRecorder> measured, LatencyRecorder warmUp, double seconds) {

        LatencyRecorder main() {
            return measured.values().iterator().next();
        }

        LatencyRecorder get(String name) {
            return measured.get(name);
        }

        /** Successful rounds per second. */
        double perSecond() {
            return main().successes() / seconds;
        }

        double perSecond(String name) {
            return measured.get(name).successes() / seconds;
        }
    }

    private LoadDriver() {}

    /**
     * Runs {@code clients} clients for {@code warmUp} plus {@code measured}.
     *
     * @param names the round's own name first, then the names of parts it records
     */
    static Outcome run(int clients, Duration warmUp, Duration measured, IntFunction<Client> newClient, String... names)
            throws InterruptedException {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, task -> {
            Thread thread = new Thread(task, "bench-client-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<Client> prepared = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            prepared.add(newClient.apply(i));
        }
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureTo = measureFrom + measured.toNanos();
        List<Future<ClientFigures>> futures = new ArrayList<>();
        for (Client client : prepared) {
            futures.add(pool.submit(() -> drive(client, measureFrom, measureTo, names)));
        }
        pool.shutdown();
        Map<String, LatencyRecorder> total = recorders(names);
        LatencyRecorder warm = new LatencyRecorder();
        try {
            for (Future<ClientFigures> future : futures) {
                ClientFigures figures = future.get(warmUp.toSeconds() + measured.toSeconds() + 300, TimeUnit.SECONDS);
                figures.measured.forEach((name, recorder) -> total.get(name).add(recorder));
                warm.add(figures.warmUp);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            pool.shutdownNow();
            throw new IllegalStateException("A client of the load did not finish", e);
        }
        return new Outcome(total, warm, measured.toNanos() / 1e9);
    }

    private record ClientFigures(Map<String, LatencyRecorder> measured, LatencyRecorder warmUp) {}

    private static ClientFigures drive(Client client, long measureFrom, long measureTo, String[] names) {
        Map<String, LatencyRecorder> measured = recorders(names);
        Map<String, LatencyRecorder> warmUp = recorders(names);
        Round inWindow = new Round(measured);
        inWindow.measured = true;
        Round beforeWindow = new Round(warmUp);
        while (true) {
            long started = System.nanoTime();
            if (started - measureTo >= 0 || Thread.currentThread().isInterrupted()) {
                break;
            }
            boolean counted = started - measureFrom >= 0;
            Round round = counted ? inWindow : beforeWindow;
            LatencyRecorder recorder = (counted ? measured : warmUp).get(names[0]);
            try {
                client.next(round);
                // the warm-up's rounds are counted too (not reported): CPU per answer divides the
                // CPU of both phases by their answers
                recorder.record(System.nanoTime() - started);
            } catch (Failure failure) {
                recorder.error(failure.kind(), failure.getMessage());
                pauseAfterError();
            } catch (Exception e) {
                recorder.error(kindOf(e), String.valueOf(e));
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                pauseAfterError();
            }
        }
        return new ClientFigures(measured, warmUp.get(names[0]));
    }

    private static String kindOf(Exception e) {
        if (e instanceof HttpTimeoutException) {
            return "timeout";
        }
        return e.getClass().getSimpleName();
    }

    /** A failing server answers fast: without a pause the clients would only measure failures. */
    private static void pauseAfterError() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, LatencyRecorder> recorders(String[] names) {
        Map<String, LatencyRecorder> recorders = new LinkedHashMap<>();
        for (String name : names) {
            recorders.put(name, new LatencyRecorder());
        }
        return recorders;
    }
}
