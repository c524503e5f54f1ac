package org.normgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput and latency of one URL under a fixed number of concurrent connections: with {@code wrk}
 * when it is installed (its Lua hook reports p50/p95), else with a Java client on virtual threads.
 */
final class LoadTest {
    /** What one load test measured; {@code tool} says which client ran it. */
    record Result(String url, String tool, int connections, double seconds, long requests, long errors,
                  double requestsPerSecond, double p50Millis, double p95Millis) {
        Result {
            if (connections < 1 || seconds <= 0) throw new IllegalArgumentException("bad load test parameters");
        }
    }

    private static final String LUA = """
            done = function(summary, latency, requests)
              io.write(string.format("BENCH p50=%f p95=%f requests=%d errors=%d\\n",
                latency:percentile(50) / 1000.0, latency:percentile(95) / 1000.0, summary.requests,
                summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
            end
            """;

    static boolean wrkInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "wrk"))) return true;
        }
        return false;
    }

    static Result run(String url, int connections, int seconds, Path work) {
        return wrkInstalled() ? wrk(url, connections, seconds, work) : java(url, connections, seconds);
    }

    static Result wrk(String url, int connections, int seconds, Path work) {
        try {
            Path lua = work.resolve("bench-report.lua");
            Files.writeString(lua, LUA);
            Proc.Run r = Proc.run(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "60s",
                    "-s", lua.toString(), url), work.resolve("wrk.log"), seconds + 90L);
            String out = Files.readString(r.log());
            Files.writeString(work.resolve("wrk-" + Math.abs(url.hashCode()) + ".log"), out);
            Matcher m = Pattern.compile("BENCH p50=([0-9.]+) p95=([0-9.]+) requests=(\\d+) errors=(\\d+)").matcher(out);
            Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
            if (!m.find() || !rps.find()) throw new IllegalStateException("wrk gave no result for " + url + ":\n" + out);
            long requests = Long.parseLong(m.group(3));
            boolean none = requests == 0;   // wrk reports 0 ms percentiles when nothing completed
            return new Result(url, "wrk (2 threads)", connections, seconds, requests, Long.parseLong(m.group(4)),
                    Double.parseDouble(rps.group(1)), none ? Double.NaN : Double.parseDouble(m.group(1)), none ? Double.NaN : Double.parseDouble(m.group(2)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fallback client: one virtual thread per connection, each sending requests back to back. */
    static Result java(String url, int connections, int seconds) {
        Http http = new Http(java.time.Duration.ofSeconds(60));
        List<Double> lat = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        Http.Hit h = http.get(url);
                        if (h.status() == 200) lat.add(h.millis());
                        else errors.incrementAndGet();
                    }
                });
            }
        }
        double took = (System.nanoTime() - t0) / 1e9;
        Stats s = Stats.of(new ArrayList<>(lat));
        return new Result(url, "Java HttpClient on virtual threads", connections, seconds, lat.size() + errors.get(), errors.get(),
                lat.size() / took, s.p50(), s.p95());
    }
}
