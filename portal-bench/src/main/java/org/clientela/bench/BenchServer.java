package org.clientela.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clientela.it.support.TestEnvironment;

/**
 * The WildFly the build produced, run as its own process for a benchmark: a private copy of its
 * {@code standalone} folder with the EAR deployed, started and stopped on loopback, or killed
 * outright. Each start writes its own GC log, from which the peak heap is read.
 */
final class BenchServer {

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Path home;
    private final Path base;
    private final Path logs;
    private final Map<String, String> environment;
    private final List<Path> gcLogs = new ArrayList<>();
    private Process process;

    BenchServer(Path home, Path ear, Path workDir, Map<String, String> environment) {
        this.home = home;
        this.base = workDir.resolve("wildfly");
        this.logs = workDir.resolve("logs");
        this.environment = environment;
        try {
            TestEnvironment.deleteRecursively(base);
            copyRecursively(home.resolve("standalone"), base);
            for (String transient_ : List.of("data", "tmp", "log")) {
                TestEnvironment.deleteRecursively(base.resolve(transient_));
            }
            Files.createDirectories(logs);
            Files.copy(ear, base.resolve("deployments/clientela.ear"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the server in " + base, e);
        }
    }

    /** Starts the server with these system properties and waits until the EAR is deployed. */
    void start(String name, Map<String, String> properties) {
        Path deployments = base.resolve("deployments");
        try {
            // a killed server leaves its markers behind: the scanner must deploy afresh
            for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending")) {
                Files.deleteIfExists(deployments.resolve("clientela.ear" + marker));
            }
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.bind.address=127.0.0.1",
                    "-Djboss.bind.address.management=127.0.0.1"));
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            Path gcLog = logs.resolve("gc-" + name + ".log");
            gcLogs.add(gcLog);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve("wildfly-" + name + ".log").toFile());
            builder.environment().putAll(environment);
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            // the heap and collector ./run.sh gives the portal; WildFly's own default (-Xmx512m, grown from 64m)
            // left the young generation a few MB beside the kept pages: a collection every 250 ms
            builder.environment().putIfAbsent("JBOSS_JAVA_SIZING", "-Xms1g -Xmx1g -XX:+UseParallelGC");
            // every java the script runs reads this; the server is the last, and keeps the file
            String options = "-Xlog:gc:file=" + gcLog + "::filecount=0";
            String jfr = System.getenv("BENCH_JFR");
            if (jfr != null) { // a profile of the server, to find where the time goes
                // BENCH_JFR=1: the JDK's "profile" settings; else the path of a settings file (.jfc)
                // Faces' stacks are deeper than the recorder's default of 64 frames
                options += " -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=settings="
                        + ("1".equals(jfr) ? "profile" : jfr) + ",filename=" + logs.resolve(name + ".jfr");
            }
            String extra = System.getenv("BENCH_SERVER_OPTS");
            if (extra
                    != null) { // the server's options of an experiment, e.g. -Dclientela.http.max-concurrent-requests=8
                options += " " + extra;
            }
            builder.environment().put("JDK_JAVA_OPTIONS", options);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start WildFly", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!Files.exists(deployments.resolve("clientela.ear.deployed"))) {
            if (Files.exists(deployments.resolve("clientela.ear.failed")) || !process.isAlive()) {
                throw new IllegalStateException("The EAR did not deploy; see " + logs);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("WildFly did not start within 3 minutes; see " + logs);
            }
            pause(Duration.ofMillis(200));
        }
    }

    /** A graceful shutdown, as an operator's stop. */
    void stop() {
        end(false);
    }

    /** SIGKILL: no shutdown hook, no transaction completes, as in a crash or a pulled plug. */
    void kill() {
        end(true);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process.toHandle());
        for (ProcessHandle member : family) {
            if (forcibly) {
                member.destroyForcibly();
            } else {
                member.destroy();
            }
        }
        for (ProcessHandle member : family) {
            try {
                member.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                member.destroyForcibly();
            }
        }
        process = null;
    }

    /** CPU time the server's processes have used so far (zero when it is not running). */
    Duration cpuTime() {
        if (process == null) {
            return Duration.ZERO;
        }
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .map(member -> member.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * CPU time PostgreSQL's processes on this machine have used so far: the server shares the
     * cores with it, so a page's cost there counts too (a connection's process lives as long as
     * the pool keeps it).
     */
    static Duration postgresCpuTime() {
        return ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** Heap figures of every start: the most in use before a collection, the most left after one, the limit. */
    HeapFigures heap() {
        long before = 0;
        long after = 0;
        long committed = 0;
        for (Path gcLog : gcLogs) {
            if (!Files.exists(gcLog)) {
                continue;
            }
            try (Stream<String> lines = Files.lines(gcLog)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    Matcher matcher = GC_LINE.matcher(line);
                    if (matcher.find()) {
                        before = Math.max(before, Long.parseLong(matcher.group(1)));
                        after = Math.max(after, Long.parseLong(matcher.group(2)));
                        committed = Math.max(committed, Long.parseLong(matcher.group(3)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new HeapFigures(before, after, committed);
    }

    record HeapFigures(long peakUsedMb, long peakLiveMb, long peakCommittedMb) {}

    /**
     * What the server's heap holds, by class, after a full collection: the JDK's {@code jcmd
     * GC.class_histogram} on the server's JVM (the child of the start script), which collects
     * before it counts, so only live objects are in it.
     */
    LiveHeap liveHeap() {
        return LiveHeap.parse(jcmd("GC.class_histogram"));
    }

    /** The server's live objects written to this file (HPROF), for a heap analyser. */
    void heapDump(Path file) {
        jcmd("GC.heap_dump", file.toString());
    }

    private String jcmd(String... command) {
        long pid = process.descendants()
                .filter(child ->
                        child.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Java process under the server's script"))
                .pid();
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes());
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Live bytes in total and per class, as a class histogram lists them. */
    record LiveHeap(long bytes, Map<String, Long> bytesByClass) {

        private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
        private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");

        static LiveHeap parse(String histogram) {
            Map<String, Long> byClass = new java.util.HashMap<>();
            long total = -1;
            for (String line : histogram.split("\\R")) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    byClass.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
                    continue;
                }
                Matcher sum = TOTAL.matcher(line);
                if (sum.find()) {
                    total = Long.parseLong(sum.group(1));
                }
            }
            if (total < 0) {
                throw new IllegalStateException(
                        "not a class histogram: " + histogram.substring(0, Math.min(500, histogram.length())));
            }
            return new LiveHeap(total, byClass);
        }
    }

    Path logs() {
        return logs;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
