package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.LoadedStore;
import org.normgraph.TestLayouts;
import org.normgraph.store.Layout;
import org.normgraph.store.Loader;
import org.normgraph.store.Store;

/** Read-only by default, credentials for writes, timeouts, escaping and clear 4xx answers. */
class SecurityTest {
    @TempDir static Path tmp;
    static NormgraphServer open;      // the paper, no password, 2 s timeout
    static NormgraphServer guarded;   // a small scratch store with an admin password and a <script> label
    static DatasetGraph scratch;

    @BeforeAll
    static void start() throws Exception {
        open = NormgraphServer.create().dataset(LoadedStore.get()).port(0).timeoutSeconds(2)
                .layout(TestLayouts.project()).build().start();
        Layout layout = TestLayouts.withFixture(tmp.resolve("xss"), "good");
        TestLayouts.addTurtle(layout, "xss-label");
        scratch = Store.open(tmp.resolve("db"));
        new Loader(layout, new PrintStream(new ByteArrayOutputStream())).load(scratch);
        guarded = NormgraphServer.create().dataset(scratch).port(0).adminPassword("s3cret")
                .layout(TestLayouts.project()).build().start();
    }

    @AfterAll
    static void stop() {
        open.stop();
        guarded.stop();
    }

    static String basic(String user, String pass) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes());
    }

    @Test
    void without_a_password_updates_and_graph_writes_do_not_exist_and_change_nothing() {
        long before = Store.size(LoadedStore.get());
        assertThat(Http.post(open.url() + "sparql/update", "application/sparql-update", "CLEAR ALL").statusCode()).isIn(401, 403, 404);
        assertThat(Http.post(open.url() + "sparql", "application/sparql-update", "CLEAR ALL").statusCode()).isBetween(400, 499);
        assertThat(Http.post(open.url() + "sparql", "application/x-www-form-urlencoded", "update=CLEAR%20ALL").statusCode()).isBetween(400, 499);
        assertThat(Http.post(open.url() + "sparql/data?default", "text/turtle", "<a:b> <a:c> <a:d> .").statusCode()).isIn(401, 403, 404, 405);
        assertThat(Store.size(LoadedStore.get())).isEqualTo(before);
    }

    @Test
    void with_a_password_updates_need_the_admin_credentials() {
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> \"c\" }";
        long before = Store.size(scratch);
        assertThat(Http.post(guarded.url() + "sparql/update", "application/sparql-update", insert).statusCode()).isEqualTo(401);
        assertThat(Http.post(guarded.url() + "sparql/update", "application/sparql-update", insert,
                "Authorization", basic("admin", "wrong")).statusCode()).isEqualTo(401);
        assertThat(Store.size(scratch)).isEqualTo(before);
        assertThat(inserted()).isFalse();
        assertThat(Http.post(guarded.url() + "sparql/update", "application/sparql-update", insert,
                "Authorization", basic("admin", "s3cret")).statusCode()).isIn(200, 204);
        assertThat(inserted()).as("the triple is written (the statistics in the meta graph are counted again with it)").isTrue();
        assertThat(Store.size(scratch)).isGreaterThan(before);
    }

    private boolean inserted() {
        var a = org.apache.jena.graph.NodeFactory.createURI("urn:x:a");
        var b = org.apache.jena.graph.NodeFactory.createURI("urn:x:b");
        var c = org.apache.jena.graph.NodeFactory.createLiteralString("c");
        return org.apache.jena.system.Txn.calculateRead(scratch, () -> scratch.contains(org.apache.jena.graph.Node.ANY, a, b, c));
    }

    @Test
    void a_runaway_query_is_cancelled_at_the_timeout_while_other_requests_are_answered() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() ->
                Http.get(open.url() + "sparql?query=" + Http.enc(runaway)));
        Thread.sleep(300);
        HttpResponse<String> quick = Http.get(open.url() + "sparql?query=" + Http.enc("ASK { ?s ?p ?o }"));
        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(slow.isDone()).isFalse();
        HttpResponse<String> cancelled = slow.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(cancelled.statusCode()).isNotEqualTo(200);
        assertThat(seconds).isLessThan(20);
        assertThat(Http.get(open.url() + "id/china").statusCode()).isEqualTo(200);
    }

    @Test
    void labels_and_comments_holding_markup_are_escaped_everywhere() {
        for (String path : new String[] {"id/xss-test", "id/xss-test?lang=zh", "list/actors", "list/actors?lang=zh"}) {
            String body = Http.get(guarded.url() + path).body();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>bold");
            assertThat(body).as(path).contains("&lt;script&gt;alert(");
        }
    }

    @Test
    void malformed_ids_unknown_ids_and_bad_lang_values_get_clear_4xx_pages() {
        HttpResponse<String> unknown = Http.get(open.url() + "id/no-such-actor");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no-such-actor").doesNotContain("Exception");
        HttpResponse<String> bad = Http.get(open.url() + "id/%3Cscript%3E");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("<script>").contains("&lt;script&gt;");
        HttpResponse<String> lang = Http.get(open.url() + "id/china?lang=fr");
        assertThat(lang.statusCode()).isEqualTo(400);
        assertThat(lang.body()).contains("fr");
        HttpResponse<String> list = Http.get(open.url() + "list/weapons");
        assertThat(list.statusCode()).isEqualTo(404);
        HttpResponse<String> longFilter = Http.get(open.url() + "list/actors?q=" + "x".repeat(201));
        assertThat(longFilter.statusCode()).isEqualTo(400);
    }

    @Test
    void static_files_do_not_allow_path_traversal() {
        for (String path : new String[] {"static/../../../../etc/passwd", "static/..%2f..%2f..%2fetc%2fpasswd",
                "webjars/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "static/%2e%2e/templates/layout.peb"}) {
            HttpResponse<String> r = Http.get(open.url() + path);
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            assertThat(r.body()).as(path).doesNotContain("root:x:0").doesNotContain("{% block");
        }
        assertThat(Http.get(open.url() + "static/normgraph.css").statusCode()).isEqualTo(200);
    }

    @Test
    void static_files_carry_their_type_and_an_etag_and_folders_are_not_listed() {
        HttpResponse<String> css = Http.get(open.url() + "static/normgraph.css");
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertThat(Http.get(open.url() + "static/normgraph.css", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(Http.get(open.url() + "static/picker.js").headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(Http.get(open.url() + "webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css").statusCode()).isEqualTo(200);
        for (String folder : new String[] {"static/", "webjars/zazuko__yasgui", "webjars/zazuko__yasgui/4.5.0/build/",
                "static/no-such-file.css"}) {
            HttpResponse<String> r = Http.get(open.url() + folder);
            assertThat(r.statusCode()).as(folder).isEqualTo(404);
            assertThat(r.body()).as(folder).doesNotContain("yasgui.min.js");
        }
        assertThat(Http.get(open.url() + "static//normgraph.css").statusCode()).isIn(400, 404);
    }

    @Test
    void oversized_requests_are_refused() {
        HttpResponse<String> hugeUrl = Http.get(open.url() + "list/actors?q=" + "x".repeat(20_000));
        assertThat(hugeUrl.statusCode()).isBetween(400, 499);
        HttpResponse<String> hugeBody = Http.postLarge(open.url() + "list/actors", "text/plain", "x".repeat(2_000_000));
        assertThat(hugeBody.statusCode()).isBetween(400, 499);
    }
}
