package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.TestLayouts;
import org.normgraph.store.Layout;
import org.normgraph.store.Loader;
import org.normgraph.store.Store;

/** Admin mode: the whole secret works, is never written down, and writes land where readers look. */
class AdminModeTest {
    static final String PASSWORD = "pa,ss: wo=rd\\n#!";
    @TempDir static Path tmp;
    static NormgraphServer server;
    static Instant started;

    @BeforeAll
    static void start() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("seeds"), "good");
        DatasetGraph dsg = Store.open(tmp.resolve("db"));
        new Loader(layout, new PrintStream(new ByteArrayOutputStream())).load(dsg);
        started = Instant.now().minusSeconds(1);
        server = NormgraphServer.create().dataset(dsg).port(0).adminPassword(PASSWORD).layout(TestLayouts.project()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> update(String update, String password, String... headers) {
        String[] all = Stream.concat(Stream.of("Authorization", SecurityTest.basic("admin", password)), Stream.of(headers))
                .toArray(String[]::new);
        return Http.post(server.url() + "sparql/update", "application/sparql-update", update, all);
    }

    static String select(String q) {
        return Http.post(server.url() + "sparql", "application/sparql-query", q, "Accept", "text/csv").body();
    }

    static String version() {
        return select("SELECT ?v WHERE { GRAPH <https://normgraph.org/graph/meta> { ?d <http://purl.org/dc/terms/hasVersion> ?v } }")
                .lines().skip(1).findFirst().orElse("");
    }

    @Test
    void the_whole_password_with_commas_colons_and_symbols_is_the_password() {
        assertThat(update("INSERT DATA { <urn:a:1> <urn:a:p> 1 }", "pa").statusCode()).isEqualTo(401);
        assertThat(update("INSERT DATA { <urn:a:1> <urn:a:p> 1 }", "pa,ss").statusCode()).isEqualTo(401);
        assertThat(update("INSERT DATA { <urn:a:1> <urn:a:p> 1 }", PASSWORD).statusCode()).isIn(200, 204);
    }

    @Test
    void the_password_is_never_written_to_a_file() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> files = Files.list(temp)) {
            List<Path> leaked = files.filter(Files::isRegularFile)
                    .filter(p -> modifiedSince(p, started))
                    .filter(p -> contains(p, PASSWORD)).toList();
            assertThat(leaked).isEmpty();
        }
    }

    @Test
    void an_insert_without_a_graph_lands_in_the_edits_graph_that_queries_see() {
        String before = version();
        assertThat(update("INSERT DATA { <urn:x> <urn:y> 2 }", PASSWORD).statusCode()).isIn(200, 204);
        assertThat(select("SELECT ?o WHERE { <urn:x> <urn:y> ?o }")).contains("2");
        assertThat(select("SELECT ?g WHERE { GRAPH ?g { <urn:x> <urn:y> ?o } }")).contains("https://normgraph.org/graph/edits");
        String after = version();
        assertThat(after).hasSize(12).isNotEqualTo(before);
        assertThat(Http.get(server.url() + "void").body()).contains(after);
        assertThat(update("DELETE DATA { <urn:x> <urn:y> 2 }", PASSWORD).statusCode()).isIn(200, 204);
        assertThat(select("SELECT ?o WHERE { <urn:x> <urn:y> ?o }").lines().count()).isEqualTo(1);
        assertThat(version()).isNotEqualTo(after);
    }

    @Test
    void a_graph_store_put_to_the_default_graph_writes_the_edits_graph() {
        HttpResponse<String> put = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "sparql/data?default"))
                .header("Authorization", SecurityTest.basic("admin", PASSWORD)).header("Content-Type", "text/turtle")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:g:a> <urn:g:b> <urn:g:c> .")).build());
        assertThat(put.statusCode()).isIn(200, 201, 204);
        assertThat(select("SELECT ?g WHERE { GRAPH ?g { <urn:g:a> <urn:g:b> <urn:g:c> } }")).contains("graph/edits");
        assertThat(select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://normgraph.org/graph/ontology> { ?s ?p ?o } }"))
                .doesNotContain("\n0");
    }

    @Test
    void write_endpoints_send_no_cors_headers_while_reads_allow_any_origin_without_credentials() {
        HttpResponse<String> write = update("INSERT DATA { <urn:c:1> <urn:c:p> 1 }", PASSWORD, "Origin", "https://evil.example");
        assertThat(write.statusCode()).isIn(200, 204);
        assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(write.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> preflight = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "sparql/update"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").build());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> read = Http.get(server.url() + "sparql?query=" + Http.enc("ASK {}"), "Origin", "https://evil.example");
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    static boolean modifiedSince(Path p, Instant t) {
        try {
            return Files.getLastModifiedTime(p).compareTo(FileTime.from(t)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean contains(Path p, String secret) {
        try {
            return Files.size(p) < 10_000_000 && new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(secret);
        } catch (IOException e) {
            return false;
        }
    }
}
