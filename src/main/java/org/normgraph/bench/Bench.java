package org.normgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark harness: for each scale, generates a synthetic corpus and measures normgraph against
 * Jena's own tools on the same machine and data (see {@link ScaleRun}); then writes the Markdown and
 * JSON report and a latency-against-scale plot under the output folder. Run it through {@code bench/run}.
 *
 * <pre>{@code java -cp target/normgraph.jar org.normgraph.bench.Bench --scale 1,10 --tools-cp CP --out bench/results}</pre>
 */
public final class Bench {
    /** What to run; ranges are checked so that a typo fails at once with a clear message. */
    public record Options(List<Integer> scales, long seed, Path out, Path work, Path jar, Path project, String toolsClasspath,
                          int runs, int connections, int durationSeconds, long limitSeconds, double slowMillis,
                          int requestTimeoutSeconds, String command, boolean append, boolean virtuoso) {
        public Options {
            if (scales.isEmpty()) throw new IllegalArgumentException("--scale needs at least one scale");
            for (int s : scales) {
                if (s <= 0 || s > Generate.MAX_SCALE) {
                    throw new IllegalArgumentException("--scale must be between 1 and " + Generate.MAX_SCALE + " sources, not " + s);
                }
            }
            if (requestTimeoutSeconds < 1 || requestTimeoutSeconds > 3600) throw new IllegalArgumentException("--request-timeout must be between 1 and 3600 s");
            if (runs < 1 || runs > 100) throw new IllegalArgumentException("--runs must be between 1 and 100");
            if (connections < 1 || connections > 1024) throw new IllegalArgumentException("--connections must be between 1 and 1024");
            if (durationSeconds < 1 || durationSeconds > 600) throw new IllegalArgumentException("--duration must be between 1 and 600 s");
            if (toolsClasspath == null || toolsClasspath.isBlank()) throw new IllegalArgumentException("--tools-cp is required (bench/run resolves it)");
            if (!Files.isRegularFile(jar)) throw new IllegalArgumentException("no normgraph jar at " + jar + " (run ./normgraph --help to build it)");
        }
    }

    private Bench() {}

    public static void main(String[] args) throws IOException {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println("usage: bench/run --scale 1,10[,100] [--runs N] [--connections N] [--duration S] [--request-timeout S] [--out DIR] [--work DIR] [--append]");
            System.exit(2);
            return;
        }
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        long t0 = System.nanoTime();
        List<Results.Scale> done = new ArrayList<>();
        Results.Machine machine = Report.machine();
        String command = o.command();
        if (o.append() && Files.isRegularFile(o.out().resolve("report.json"))) {
            Results.Run before = Render.read(o.out());
            before.scales().stream().filter(s -> !o.scales().contains(s.scale())).forEach(done::add);
            command = before.command() + "` then `" + o.command();
        }
        for (int scale : o.scales()) {
            try {
                done.add(new ScaleRun(o, scale).run());
            } catch (RuntimeException e) {
                System.err.println("bench: scale " + scale + " failed: " + e.getMessage());
                Report.write(o.out(), new Results.Run(machine, command, started, (System.nanoTime() - t0) / 1e9, sorted(done)));
                System.exit(1);
            }
            // write after every scale, so a long run leaves a report of what it finished
            Report.write(o.out(), new Results.Run(machine, command, started, (System.nanoTime() - t0) / 1e9, sorted(done)));
        }
        System.out.println("report: " + o.out().resolve("report.md"));
    }

    private static List<Results.Scale> sorted(List<Results.Scale> scales) {
        return scales.stream().sorted(java.util.Comparator.comparingInt(Results.Scale::scale)).toList();
    }

    static Options parse(String[] args) {
        List<Integer> scales = new ArrayList<>();
        long seed = 42;
        Path out = Path.of("bench/results");
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "normgraph-bench");
        Path jar = Path.of("target/normgraph.jar");
        Path project = Path.of(".");
        String tools = null;
        int runs = 5;
        int connections = 64;
        int duration = 10;
        long limit = 3600;
        int requestTimeout = 60;
        boolean append = false;
        String virtuoso = "auto";
        String command = "bench/run " + String.join(" ", args);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--append")) {
                append = true;
                continue;
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value after " + a);
            String v = args[++i];
            switch (a) {
                case "--scale" -> {
                    for (String s : v.split(",")) scales.add(integer(a, s));
                }
                case "--seed" -> seed = integer(a, v);
                case "--out" -> out = Path.of(v);
                case "--work" -> work = Path.of(v);
                case "--jar" -> jar = Path.of(v);
                case "--project" -> project = Path.of(v);
                case "--tools-cp" -> tools = v;
                case "--runs" -> runs = integer(a, v);
                case "--connections" -> connections = integer(a, v);
                case "--duration" -> duration = integer(a, v);
                case "--limit" -> limit = integer(a, v);
                case "--request-timeout" -> requestTimeout = integer(a, v);
                case "--command" -> command = v;
                case "--virtuoso" -> {
                    if (!v.equals("auto") && !v.equals("yes") && !v.equals("no")) throw new IllegalArgumentException("--virtuoso must be auto, yes or no, not " + v);
                    virtuoso = v;
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        boolean withVirtuoso = virtuoso.equals("yes") || (virtuoso.equals("auto") && RemoteRun.available());
        return new Options(scales, seed, out, work, jar, project, tools, runs, connections, duration, limit, 10_000, requestTimeout, command, append,
                withVirtuoso);
    }

    private static int integer(String option, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not '" + v + "'");
        }
    }
}
