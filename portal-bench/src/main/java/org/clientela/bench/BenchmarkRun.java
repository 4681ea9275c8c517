package org.clientela.bench;

import java.util.concurrent.Callable;

/** How each benchmark's {@code main} ends. */
final class BenchmarkRun {

    private BenchmarkRun() {}

    /**
     * Runs the benchmark and exits the JVM: 0 when it reports a clean run, 1 when a request or
     * step failed, 2 when it could not run. Exiting, not returning: the servers' clients, the SMTP
     * sink and the HTTP clients leave threads that would keep the process alive.
     */
    static void exitWith(Callable<Boolean> benchmark) {
        int status;
        try {
            status = benchmark.call() ? 0 : 1;
        } catch (Exception e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status);
    }
}
