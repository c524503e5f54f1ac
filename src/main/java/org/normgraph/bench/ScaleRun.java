package org.normgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs every measurement of the benchmark at one scale, each side by side with its baseline on the
 * same data: generate and validate the seeds; {@code normgraph load} vs {@code tdb2.tdbloader};
 * {@code normgraph serve}: start-up, each page cold and warm, the query library on /sparql, the actor
 * page under concurrency vs the same bytes from a static Jetty, peak RSS; then standalone Fuseki over a
 * copy of the store (union default graph) on the same queries.
 */
final class ScaleRun {
    static final List<String> PAGES = List.of("/", "/id/china", "/id/russia", "/matrix", "/network.json", "/timeline",
            "/list/actors", "/list/positions", "/void", "/questions", "/search?q=sovereignty");
    static final String ACTOR = "/id/china";
    /** The low concurrency of the second load test, where a slow page still completes some requests. */
    static final int FEW = 4;

    private final Bench.Options o;
    private final int scale;
    private final Path work;
    private final Http http;
    private final List<String> notes = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    ScaleRun(Bench.Options o, int scale) {
        this.o = o;
        this.scale = scale;
        this.work = o.work().resolve("scale-" + scale);
        this.http = new Http(Duration.ofSeconds(o.requestTimeoutSeconds()));
    }

    Results.Scale run() throws IOException {
        Local.deleteTree(work);
        Files.createDirectories(work);
        say("generating %d sources in %s", scale, work);
        long t0 = System.nanoTime();
        Generate.generate(new Generate.Options(scale, o.seed(), work), o.project());
        double gen = (System.nanoTime() - t0) / 1e9;

        say("normgraph validate");
        Proc.Run validate = Proc.run(normgraph("validate"), work.resolve("logs/validate.log"), o.limitSeconds());
        if (validate.exit() != 0) notes.add("validate exited " + validate.exit() + ": see " + validate.log());

        Results.Load load = load();
        List<Results.Page> pages = new ArrayList<>();
        Map<String, double[]> ours = new TreeMap<>();
        Map<String, long[]> ourRows = new TreeMap<>();
        LoadTest.Result actor;
        LoadTest.Result file;
        LoadTest.Result actorFew;
        LoadTest.Result fileFew;
        double startup;
        long serveRss;
        Path copy = work.resolve("db-fuseki");
        Local.copyTree(work.resolve("db"), copy);

        double jvmStart = jvmStart();
        int port = Local.freePort();
        say("normgraph serve on port %d", port);
        try (Proc serve = Proc.start(normgraph("serve", "--db", work.resolve("db").toString(), "--port", Integer.toString(port)),
                work.resolve("logs/serve.log"))) {
            String base = "http://localhost:" + port;
            Http.Hit first = firstAnswer(base + "/", serve);
            startup = serve.seconds();
            if (first == null) throw new IllegalStateException("normgraph serve did not answer; see " + serve.log);
            say("  first page after %.1f s", startup);
            for (String page : PAGES) pages.add(page(base, page, page.equals("/") ? first : null));
            queries(base + "/sparql", ours, ourRows);
            Http.Hit body = http.get(base + ACTOR);
            if (body.status() != 200) {
                notes.add(Report.f("%s answered %d after %.0f s before the load tests (-1: no answer within the %d s request timeout): "
                        + "the static baseline at this scale is an empty file, not the same bytes, so its throughput ratio is not meaningful",
                        ACTOR, body.status(), body.millis() / 1000, o.requestTimeoutSeconds()));
            }
            Path dir = work.resolve("static");
            Files.createDirectories(dir);
            Files.write(dir.resolve("china.html"), body.body());
            LoadTest.Result[] files = staticFile(dir);
            fileFew = files[0];
            file = files[1];
            say("  %s under %d connections for %d s", ACTOR, FEW, o.durationSeconds());
            actorFew = LoadTest.run(base + ACTOR, FEW, o.durationSeconds(), work);
            say("  %s under %d connections for %d s", ACTOR, o.connections(), o.durationSeconds());
            actor = LoadTest.run(base + ACTOR, o.connections(), o.durationSeconds(), work);
            serveRss = serve.sampleRss();
        }

        Map<String, double[]> fus = new TreeMap<>();
        Map<String, long[]> fusRows = new TreeMap<>();
        double fusekiStartup;
        long fusekiRss;
        int fport = Local.freePort();
        say("standalone Fuseki on port %d over a copy of the store", fport);
        Path config = work.resolve("fuseki.ttl");
        Files.writeString(config, fusekiConfig(copy));
        try (Proc fuseki = Proc.start(List.of(java(), "-cp", o.toolsClasspath(), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--localhost", "--port", Integer.toString(fport), "--config=" + config), work.resolve("logs/fuseki.log"))) {
            String endpoint = "http://localhost:" + fport + "/ds/sparql";
            long f0 = System.nanoTime();
            Http.Hit ok = null;
            while (ok == null && (System.nanoTime() - f0) / 1e9 < o.limitSeconds() && fuseki.alive()) {
                Http.Hit h = http.sparql(endpoint, "ASK {}");
                if (h.status() == 200) ok = h;
                else Local.sleep(50);
            }
            fusekiStartup = fuseki.seconds();
            if (ok == null) throw new IllegalStateException("Fuseki did not answer; see " + fuseki.log);
            queries(endpoint, fus, fusRows);
            fusekiRss = fuseki.sampleRss();
        }

        List<Results.Query> queries = new ArrayList<>();
        for (String name : ours.keySet()) {
            double[] a = ours.get(name);
            double[] b = fus.get(name);
            queries.add(new Results.Query(name, (int) ourRows.get(name)[0], ourRows.get(name)[1], a[0], stats(a),
                    (int) fusRows.get(name)[0], fusRows.get(name)[1], b[0], stats(b)));
        }
        Local.deleteTree(copy);
        Local.deleteTree(work.resolve("tdbloader"));
        Results.Remote remote = o.virtuoso() ? new RemoteRun(this, o, work).run() : null;
        return new Results.Scale(scale, load.triples(), gen, validate.exit(), validate.seconds(), load, startup, fusekiStartup,
                serveRss, fusekiRss, pages, queries, actor, file, ACTOR, notes, actorFew, fileFew, jvmStart, remote);
    }

    /**
     * The JVM start the start-up target allows: the wall time of {@code normgraph --version} (the same
     * JVM, options, jar and class-data sharing as serve, no work), its second run, once the first has
     * written its archive; 0 if it failed.
     */
    private double jvmStart() {
        Proc.Run run = null;
        for (int i = 0; i < 2; i++) run = Proc.run(normgraph("--version"), work.resolve("logs/version.log"), 60);
        say("  JVM start (normgraph --version) %.2f s", run.seconds());
        return run.exit() == 0 ? run.seconds() : 0;
    }

    private Results.Load load() throws IOException {
        say("normgraph load");
        Proc.Run ours = Proc.run(normgraph("load", "--db", work.resolve("db").toString()), work.resolve("logs/load.log"), o.limitSeconds());
        if (ours.exit() != 0) throw new IllegalStateException("normgraph load exited " + ours.exit() + "; see " + ours.log());
        Matcher m = Pattern.compile("total: ([0-9,]+) triples").matcher(Files.readString(ours.log()));
        long triples = m.find() ? Long.parseLong(m.group(1).replace(",", "")) : -1;
        say("  %,d triples in %.1f s", triples, ours.seconds());

        say("normgraph export --format nq");
        Path nq = work.resolve("data.nq");
        Proc.Run export = Proc.run(normgraph("export", "--db", work.resolve("db").toString(), "--format", "nq", "--out", nq.toString()),
                work.resolve("logs/export.log"), o.limitSeconds());
        if (export.exit() != 0) throw new IllegalStateException("export exited " + export.exit() + "; see " + export.log());
        long quads;
        try (Stream<String> lines = Files.lines(nq)) {
            quads = lines.filter(l -> !l.isBlank()).count();
        }
        say("tdb2.tdbloader on the same %,d quads", quads);
        Proc.Run jena = Proc.run(List.of(java(), "-cp", o.toolsClasspath(), "tdb2.tdbloader", "--loc", work.resolve("tdbloader").toString(),
                nq.toString()), work.resolve("logs/tdbloader.log"), o.limitSeconds());
        if (jena.exit() != 0) throw new IllegalStateException("tdbloader exited " + jena.exit() + "; see " + jena.log());
        say("  %.1f s", jena.seconds());
        Files.deleteIfExists(nq);
        return new Results.Load(ours.seconds(), triples, triples / ours.seconds(), ours.peakRssKb(),
                jena.seconds(), quads, quads / jena.seconds(), jena.peakRssKb());
    }

    Http.Hit firstAnswer(String url, Proc server) {
        while (server.seconds() < o.limitSeconds() && server.alive()) {
            Http.Hit h = http.get(url);
            if (h.status() == 200) return h;
            Local.sleep(50);
        }
        return null;
    }

    Results.Page page(String base, String path, Http.Hit cold) {
        if (cold == null) cold = http.get(base + path);
        List<Double> warm = new ArrayList<>();
        // a page that failed or timed out cold is not asked again (the server may still be computing it);
        // a slow one is asked once more
        int runs = cold.status() != 200 ? 0 : cold.millis() > o.slowMillis() ? 1 : o.runs();
        for (int i = 0; i < runs; i++) {
            Http.Hit h = http.get(base + path);
            warm.add(h.millis());
            if (h.millis() > o.slowMillis()) break;
        }
        say("  %-24s %3d %,10d B  cold %8.0f ms  warm p50 %8.0f ms", path, cold.status(), cold.bytes(), cold.millis(), Stats.of(warm).p50());
        return new Results.Page(path, cold.status(), cold.bytes(), cold.millis(), Stats.of(warm));
    }

    /** Runs each library query once cold, then {@code runs} times; records times, status and row counts. */
    private void queries(String endpoint, Map<String, double[]> times, Map<String, long[]> rows) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(work.resolve("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".rq", "");
            String q = Files.readString(f);
            List<Double> t = new ArrayList<>();
            Http.Hit cold = http.sparql(endpoint, q);
            t.add(cold.millis());
            for (int i = 0; i < o.runs() && cold.millis() <= o.slowMillis(); i++) t.add(http.sparql(endpoint, q).millis());
            times.put(name, t.stream().mapToDouble(Double::doubleValue).toArray());
            rows.put(name, new long[] {cold.status(), rowCount(cold)});
            say("  %-40s %3d %7d rows  cold %8.0f ms", name, cold.status(), rowCount(cold), cold.millis());
        }
    }

    /** Stats of the runs after the cold one (or of the cold one alone when it was too slow to repeat). */
    static Stats stats(double[] t) {
        List<Double> l = new ArrayList<>();
        for (int i = t.length > 1 ? 1 : 0; i < t.length; i++) l.add(t[i]);
        return Stats.of(l);
    }

    long rowCount(Http.Hit h) {
        if (h.status() != 200) return -1;
        try {
            JsonNode n = json.readTree(h.body());
            if (n.has("boolean")) return 1;
            return n.path("results").path("bindings").size();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The static file under {@link #FEW} and under the configured connections. */
    private LoadTest.Result[] staticFile(Path dir) {
        int port = Local.freePort();
        try (Proc s = Proc.start(List.of(java(), "-cp", o.jar().toString(), StaticServer.class.getName(), dir.toString(),
                Integer.toString(port)), work.resolve("logs/static.log"))) {
            String url = "http://localhost:" + port + "/china.html";
            if (firstAnswer(url, s) == null) throw new IllegalStateException("static server did not answer; see " + s.log);
            say("  the same bytes as a static file from Jetty");
            return new LoadTest.Result[] {LoadTest.run(url, FEW, o.durationSeconds(), work),
                LoadTest.run(url, o.connections(), o.durationSeconds(), work)};
        }
    }

    /** Standalone Fuseki's configuration for a store ({@code bench/fuseki.ttl} with the store's folder filled in). */
    static String fusekiConfig(Path store) {
        try (var in = ScaleRun.class.getResourceAsStream("/bench/fuseki.ttl")) {
            String template = new String(java.util.Objects.requireNonNull(in, "bench/fuseki.ttl").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return template.formatted(store.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JVM options the launcher ({@code ./normgraph}) gives: NORMGRAPH_JAVA_OPTS, else a heap of at most 768 MB. */
    static List<String> jvmOptions() {
        String opts = System.getenv("NORMGRAPH_JAVA_OPTS");
        return List.of((opts == null || opts.isBlank() ? "-Xmx768m" : opts).strip().split("\\s+"));
    }

    List<String> normgraph(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(classDataSharing(o.jar(), args[0]));
        cmd.addAll(jvmOptions());
        cmd.addAll(List.of("-Dnormgraph.home=" + work.toAbsolutePath(), "-Dfile.encoding=UTF-8",
                "-jar", o.jar().toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * The class-data sharing the launcher gives each command: an archive per command beside the jar
     * ({@code cds/bench-COMMAND.jsa}), written when the command's first run ends and used by the next.
     */
    static List<String> classDataSharing(Path jar, String command) {
        Path archive = jar.toAbsolutePath().getParent().resolve("cds").resolve("bench-" + command + ".jsa");
        try {
            java.nio.file.Files.createDirectories(archive.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr");
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    void say(String format, Object... args) {
        System.out.printf("[scale %d] %s%n", scale, String.format(format, args));
        System.out.flush();
    }
}
