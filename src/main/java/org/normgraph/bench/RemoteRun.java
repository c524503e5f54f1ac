package org.normgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.normgraph.query.Sparql;

/**
 * The external-store part of one scale: a local Virtuoso started by {@code scripts/virtuoso-local.sh}
 * (the settings of the tests and the docs) in the scale's folder, normgraph's load into it, then
 * {@code normgraph serve --store sparql:...}: start-up, the same pages as over TDB2, and each library
 * query on normgraph's /sparql beside Virtuoso's own /sparql asked over the same dataset (the load's
 * union graph as default graph). Virtuoso is stopped and its folder deleted after.
 *
 * <pre>{@code Results.Remote r = new RemoteRun(scaleRun, options, work).run();}</pre>
 */
final class RemoteRun {
    private final ScaleRun run;
    private final Bench.Options o;
    private final Path work;
    private final Http http;
    private final List<String> notes = new ArrayList<>();

    RemoteRun(ScaleRun run, Bench.Options o, Path work) {
        this.run = run;
        this.o = o;
        this.work = work;
        this.http = new Http(Duration.ofSeconds(o.requestTimeoutSeconds()));
    }

    /** True if Virtuoso's server and client are on the PATH. */
    static boolean available() {
        return onPath("virtuoso-t") && onPath("isql-vt");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    Results.Remote run() throws IOException {
        Path dir = work.resolve("virtuoso");
        Path script = o.project().resolve("scripts/virtuoso-local.sh").toAbsolutePath();
        int port = ports();
        String store = "http://127.0.0.1:" + port + "/sparql";
        run.say("Virtuoso on port %d (scripts/virtuoso-local.sh)", port);
        Proc.Run started = Proc.run(List.of("bash", script.toString(), "start", dir.toString(), Integer.toString(port)),
                work.resolve("logs/virtuoso-start.log"), 180);
        if (started.exit() != 0) {
            notes.add("Virtuoso did not start (exit " + started.exit() + "): see " + started.log());
            return new Results.Remote(store, -1, 0, 0, 0, 0, List.of(), List.of(), notes);
        }
        try {
            Map<String, String> env = env(dir.resolve("store.env"));
            run.say("normgraph load into Virtuoso");
            Proc.Run load = Proc.run(run.normgraph("load", "--store", "sparql:" + store, "--update-url", "http://127.0.0.1:" + port + "/sparql-auth"),
                    work.resolve("logs/remote-load.log"), o.limitSeconds(), env);
            run.say("  %.1f s, exit %d", load.seconds(), load.exit());
            if (load.exit() != 0) {
                notes.add("the load into Virtuoso exited " + load.exit() + ": see " + load.log());
                return new Results.Remote(store, load.exit(), load.seconds(), load.peakRssKb(), 0, 0, List.of(), List.of(), notes);
            }
            return serve(store, env, load);
        } finally {
            Proc.run(List.of("bash", script.toString(), "stop", dir.toString()), work.resolve("logs/virtuoso-stop.log"), 60);
            Local.deleteTree(dir);
        }
    }

    private Results.Remote serve(String store, Map<String, String> env, Proc.Run load) throws IOException {
        int port = Local.freePort();
        run.say("normgraph serve over Virtuoso on port %d", port);
        try (Proc serve = Proc.start(run.normgraph("serve", "--store", "sparql:" + store, "--port", Integer.toString(port)),
                work.resolve("logs/remote-serve.log"), env)) {
            String base = "http://localhost:" + port;
            Http.Hit first = run.firstAnswer(base + "/", serve);
            double startup = serve.seconds();
            if (first == null) {
                notes.add("normgraph serve over Virtuoso did not answer: see " + serve.log);
                return new Results.Remote(store, 0, load.seconds(), load.peakRssKb(), startup, serve.sampleRss(), List.of(), List.of(), notes);
            }
            run.say("  first page after %.1f s", startup);
            List<Results.Page> pages = new ArrayList<>();
            for (String page : ScaleRun.PAGES) pages.add(run.page(base, page, page.equals("/") ? first : null));
            List<Results.RemoteQuery> queries = queries(base + "/sparql", store, union(store));
            return new Results.Remote(store, 0, load.seconds(), load.peakRssKb(), startup, serve.sampleRss(), pages, queries, notes);
        }
    }

    /** Each library query, cold then {@code runs} times, on normgraph's /sparql and on the store's own over the load's union graph. */
    private List<Results.RemoteQuery> queries(String ours, String store, String union) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(work.resolve("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        List<Results.RemoteQuery> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".rq", "");
            String q = Files.readString(f);
            Http.Hit a = http.sparql(ours, q);
            double[] at = times(a, () -> http.sparql(ours, q));
            Http.Hit b = http.sparql(store, q, union);
            double[] bt = times(b, () -> http.sparql(store, q, union));
            out.add(new Results.RemoteQuery(name, a.status(), run.rowCount(a), ScaleRun.stats(at), b.status(), run.rowCount(b), ScaleRun.stats(bt)));
            run.say("  %-40s normgraph %3d %6d rows %7.0f ms   Virtuoso %3d %6d rows %7.0f ms", name, a.status(), run.rowCount(a), a.millis(),
                    b.status(), run.rowCount(b), b.millis());
        }
        return out;
    }

    private double[] times(Http.Hit cold, java.util.function.Supplier<Http.Hit> again) {
        List<Double> t = new ArrayList<>(List.of(cold.millis()));
        for (int i = 0; i < o.runs() && cold.status() == 200 && cold.millis() <= o.slowMillis(); i++) t.add(again.get().millis());
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The union graph of the store's current load, from normgraph's versions graph. */
    private String union(String store) throws IOException {
        Http.Hit h = http.sparql(store, Sparql.text("remote/current"));
        JsonNode rows = new ObjectMapper().readTree(h.body()).path("results").path("bindings");
        if (rows.isEmpty()) throw new IllegalStateException("the store holds no normgraph load");
        return org.normgraph.ontology.Iris.GRAPH + "v/" + rows.get(0).path("id").path("value").asText() + "/_union";
    }

    /** A free HTTP port whose ISQL neighbour (the script's HTTP port + 1000) is free too. */
    private static int ports() throws IOException {
        for (int i = 0; i < 50; i++) {
            int p = Local.freePort();
            if (p + 1000 > 65535) continue;
            try (java.net.ServerSocket s = new java.net.ServerSocket(p + 1000)) {
                return p;
            } catch (IOException e) {
                // taken: try another
            }
        }
        throw new IOException("no free pair of ports for Virtuoso");
    }

    private static Map<String, String> env(Path file) throws IOException {
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.startsWith("NORMGRAPH_")) env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return env;
    }
}
