package org.normgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a benchmark run as {@code report.json}, {@code report.md} and {@code latency.svg}, and reads the machine's facts. */
final class Report {
    private Report() {}

    static void write(Path out, Results.Run run) throws IOException {
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("report.json").toFile(), run);
        Files.writeString(out.resolve("report.md"), Markdown.of(run));
        Files.writeString(out.resolve("latency.svg"), Plot.svg(run.scales()));
    }

    static Results.Machine machine() {
        long memMb = 0;
        String cpu = "?";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) memMb = Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024;
            }
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the facts unknown
        }
        String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String wrk = LoadTest.wrkInstalled() ? "wrk installed: load tests use wrk" : "wrk not installed: load tests use the Java client";
        return new Results.Machine(Runtime.getRuntime().availableProcessors(), memMb, cpu, jdk, os,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), wrk);
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** The sum of the median times of the library queries on one side. */
    static double sumP50(List<Results.Query> qs, boolean ours) {
        return qs.stream().mapToDouble(q -> ours ? q.ours().p50() : q.fuseki().p50()).sum();
    }
}
