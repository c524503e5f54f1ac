package org.normgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;

/**
 * A real OpenLink Virtuoso 7 ({@code virtuoso-t}) run as a child process for tests, so the store,
 * query and HTTP tests can run over SPARQL 1.1 as well as on TDB2. Each server lives in a fresh
 * temporary folder (its {@code virtuoso.ini}, made from {@code /virtuoso/virtuoso.ini}, database
 * and log), listens on free loopback ports, has a random dba password and a user with the
 * SPARQL_UPDATE role, and is stopped (and its folder deleted) when the JVM exits at the latest.
 * The user's password is registered with Jena's {@link AuthEnv} for the server's address, so
 * Jena's HTTP (RDFLink, UpdateExecHTTP, GSP) answers Virtuoso's Digest challenges by itself
 * ({@link #registerCredentials()}).
 *
 * <pre>{@code
 * VirtuosoServer v = VirtuosoServer.shared();
 * try (RDFLink link = RDFLinkHTTP.newBuilder()
 *         .queryEndpoint(v.queryUrl()).updateEndpoint(v.updateUrl()).gspEndpoint(v.gspUrl())
 *         .querySendMode(QuerySendMode.asGetWithLimitForm).build()) {
 *     link.update("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 1 } }");
 * }
 * }</pre>
 *
 * Queries must not be POSTed as {@code application/sparql-query}: Virtuoso 7.2 never answers
 * those, and Jena's default send mode does it for queries longer than its URL limit. One INSERT
 * DATA takes at most about 5,000 triples; a request may hold several. Jena answers a Digest
 * challenge by sending the request again, so a large body sent to a method and URL that Jena holds
 * no answer for (each GSP graph is its own URL) is sent twice, and the first time Virtuoso may
 * close the connection on it before Jena reads the 401 ("Connection reset"): send a small request
 * to that method and URL first, or load through {@link #updateUrl()}.
 */
public final class VirtuosoServer {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String USER = "normgraph";
    private static final Set<VirtuosoServer> RUNNING = ConcurrentHashMap.newKeySet();
    private static VirtuosoServer shared;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(VirtuosoServer::stop)));
    }

    private final Path dir;
    private final int httpPort;
    private final int isqlPort;
    private final String dbaPassword = randomSecret();
    private final String password = randomSecret();
    private Process process;

    private VirtuosoServer(Path dir, int httpPort, int isqlPort) {
        this.dir = dir;
        this.httpPort = httpPort;
        this.isqlPort = isqlPort;
    }

    /** Whether {@code virtuoso-t} and {@code isql-vt} are on the PATH. */
    public static boolean available() {
        return onPath("virtuoso-t") && onPath("isql-vt");
    }

    /** The server shared by the tests of this JVM, started on first use. */
    public static synchronized VirtuosoServer shared() {
        if (shared == null || !shared.process.isAlive()) shared = start();
        return shared;
    }

    /** A new server of the caller's own, e.g. to {@link #kill()}. */
    public static VirtuosoServer start() {
        if (!available()) {
            throw new IllegalStateException(
                    "virtuoso-t/isql-vt are not on the PATH: install virtuoso-opensource-7-bin (./test.sh does)");
        }
        try {
            int[] ports = freePorts(2);
            VirtuosoServer server = new VirtuosoServer(Files.createTempDirectory("normgraph-virtuoso"), ports[0], ports[1]);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String queryUrl() {
        return baseUrl() + "sparql";
    }

    /** SPARQL Update (and query) for {@link #user()}, behind HTTP Digest authentication. */
    public String updateUrl() {
        return baseUrl() + "sparql-auth";
    }

    /** The SPARQL 1.1 Graph Store Protocol for {@link #user()}, behind HTTP Digest authentication. */
    public String gspUrl() {
        return baseUrl() + "sparql-graph-crud-auth";
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** {@code http://127.0.0.1:PORT/}: the prefix under which Jena's {@link AuthEnv} holds the password. */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort + "/";
    }

    /** The folder holding this server's ini, database and log. */
    public Path dir() {
        return dir;
    }

    /** Runs SQL (statements ending with ';') with isql-vt as dba and returns its output; throws on an error. */
    public String isql(String sql) {
        return isql("dba", dbaPassword, sql);
    }

    /** Stops the server as a signal would (it shuts down cleanly) and deletes its folder. */
    public synchronized void stop() {
        end(false);
    }

    /** Kills the server and its processes at once (SIGKILL) and deletes its folder. */
    public synchronized void kill() {
        end(true);
    }

    private void launch() throws IOException {
        Files.writeString(dir.resolve("virtuoso.ini"), fill(resource("virtuoso.ini"),
                Map.of("dir", dir.toString(), "httpPort", "" + httpPort, "isqlPort", "" + isqlPort)));
        process = new ProcessBuilder("virtuoso-t", "-f", "-c", dir.resolve("virtuoso.ini").toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("virtuoso.out").toFile())
                .start();
        RUNNING.add(this);
        try {
            awaitAnswer();
            isql("dba", "dba", fill(resource("setup.sql"),
                    Map.of("dbaPassword", dbaPassword, "user", USER, "password", password)));
            registerCredentials();
        } catch (RuntimeException e) {
            String log = tail(dir.resolve("virtuoso.out"));
            kill();
            throw new IllegalStateException(e.getMessage() + "\nvirtuoso-t's output ends with:\n" + log, e);
        }
    }

    /**
     * Registers {@link #user()} and {@link #password()} with Jena's {@link AuthEnv} for
     * {@link #baseUrl()}, replacing any other, and sends a small update so that Jena holds the
     * Digest answer for {@link #updateUrl()}.
     */
    public void registerCredentials() {
        URI base = URI.create(baseUrl());
        AuthEnv.get().unregisterUsernamePassword(base);
        AuthEnv.get().registerUsernamePassword(base, USER, password);
        UpdateExecHTTP.service(updateUrl()).update("DROP SILENT GRAPH <urn:normgraph:test:none>").execute();
    }

    private void awaitAnswer() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(queryUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("virtuoso-t exited with status " + process.exitValue());
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for virtuoso-t", e);
            }
            sleep(200);
        }
        throw new IllegalStateException("virtuoso-t did not answer " + queryUrl() + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    private String isql(String user, String pw, String sql) {
        try {
            Process isql = new ProcessBuilder("isql-vt", "127.0.0.1:" + isqlPort, user, pw,
                    "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF")
                    .redirectErrorStream(true)
                    .start();
            try (var in = isql.getOutputStream()) {
                in.write((sql.strip().endsWith(";") ? sql : sql + ";").getBytes(StandardCharsets.UTF_8));
                in.write('\n');
            }
            String out = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!isql.waitFor(60, TimeUnit.SECONDS)) {
                isql.destroyForcibly();
                throw new IllegalStateException("isql-vt did not finish:\n" + out);
            }
            if (isql.exitValue() != 0 || out.contains("*** Error")) {
                throw new IllegalStateException("isql-vt failed (status " + isql.exitValue() + "):\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void end(boolean forcibly) {
        if (!RUNNING.remove(this)) return;
        AuthEnv.get().unregisterUsernamePassword(URI.create(baseUrl()));
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(p -> {
            if (forcibly) p.destroyForcibly();
            else p.destroy();
        });
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) tree.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(dir);
    }

    private static String resource(String name) {
        try (InputStream in = VirtuosoServer.class.getResourceAsStream("/virtuoso/" + name)) {
            if (in == null) throw new IllegalStateException("no test resource /virtuoso/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String out = template;
        for (var e : values.entrySet()) out = out.replace("${" + e.getKey() + "}", e.getValue());
        return out;
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) s.close();
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
