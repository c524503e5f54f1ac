package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.TestLayouts;
import org.normgraph.store.Layout;
import org.normgraph.store.Loader;
import org.normgraph.store.Store;

/**
 * Pages computed once per dataset version: ETags and 304s, replayed answers, and a new version (an
 * authenticated update, or a load) changing pages and ETags at once.
 */
class CachingTest {
    static final String PASSWORD = "cache-test-password";
    @TempDir static Path tmp;
    static NormgraphServer server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("seeds"), "good");
        DatasetGraph dsg = Store.open(tmp.resolve("db"));
        new Loader(layout, new PrintStream(new ByteArrayOutputStream())).load(dsg);
        server = NormgraphServer.create().dataset(dsg).port(0).adminPassword(PASSWORD).layout(TestLayouts.project()).build().start();
        url = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void a_page_carries_a_version_etag_and_a_second_request_is_replayed_from_the_cache() {
        HttpResponse<String> first = Http.get(url + "id/china?lang=en&probe=replay");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"" + version(url) + "-");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(first.headers().firstValue("X-Cache")).hasValue("miss");
        HttpResponse<String> second = Http.get(url + "id/china?lang=en&probe=replay");
        assertThat(second.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(second.headers().firstValue("ETag")).hasValue(etag);
        assertThat(second.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void a_client_that_has_the_current_version_gets_304_without_a_body() {
        String etag = Http.get(url + "list/actors?lang=en").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = Http.get(url + "list/actors?lang=en", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(Http.get(url + "list/actors?lang=en", "If-None-Match", "\"stale-1\"").statusCode()).isEqualTo(200);
    }

    @Test
    void each_language_and_each_format_has_its_own_etag_and_downloads_keep_their_headers() {
        String en = Http.get(url + "id/china?lang=en").headers().firstValue("ETag").orElseThrow();
        String zh = Http.get(url + "id/china?lang=zh").headers().firstValue("ETag").orElseThrow();
        String ttl = Http.get(url + "id/china", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        assertThat(en).isNotEqualTo(zh).isNotEqualTo(ttl);
        HttpResponse<String> turtle = Http.get(url + "id/china", "Accept", "text/turtle");
        assertThat(turtle.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(turtle.headers().firstValue("Vary").orElse("")).contains("Accept");
        HttpResponse<String> csv1 = Http.get(url + "list/actors.csv?lang=en"), csv2 = Http.get(url + "list/actors.csv?lang=en");
        assertThat(csv2.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(csv2.headers().firstValue("Content-Disposition")).isEqualTo(csv1.headers().firstValue("Content-Disposition")).isPresent();
        assertThat(csv2.headers().firstValue("X-Dataset-Version")).isEqualTo(csv1.headers().firstValue("X-Dataset-Version")).isPresent();
    }

    @Test
    void a_new_load_gives_pages_new_etags_so_clients_see_the_new_data() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("reload"), "good");
        DatasetGraph dsg = Store.open(tmp.resolve("reload-db"));
        new Loader(layout, new PrintStream(new ByteArrayOutputStream())).load(dsg);
        NormgraphServer first = NormgraphServer.create().dataset(dsg).port(0).layout(TestLayouts.project()).build().start();
        String etag;
        try {
            HttpResponse<String> r = Http.get(first.url() + "id/china?lang=en");
            assertThat(r.body()).doesNotContain("A hand-written note.");
            etag = r.headers().firstValue("ETag").orElseThrow();
        } finally {
            first.stop();
        }
        TestLayouts.addTurtle(layout, "one-triple");
        new Loader(layout, new PrintStream(new ByteArrayOutputStream())).load(dsg);
        NormgraphServer second = NormgraphServer.create().dataset(dsg).port(0).layout(TestLayouts.project()).build().start();
        try {
            HttpResponse<String> r = Http.get(second.url() + "id/china?lang=en", "If-None-Match", etag);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("A hand-written note.");
            assertThat(r.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        } finally {
            second.stop();
        }
    }

    static String version(String base) {
        return Http.post(base + "sparql", "application/sparql-query",
                "SELECT ?v WHERE { GRAPH <https://normgraph.org/graph/meta> { ?d <http://purl.org/dc/terms/hasVersion> ?v } }",
                "Accept", "text/csv").body().lines().skip(1).findFirst().orElse("").strip();
    }

    @Test
    void search_finds_what_an_update_adds() {
        assertThat(Http.get(url + "api/search?q=Zhongguo-alias-test").body()).contains("\"count\":0");
        HttpResponse<String> u = Http.post(url + "sparql/update", "application/sparql-update",
                "INSERT DATA { <https://normgraph.org/id/china> <http://www.w3.org/2004/02/skos/core#altLabel> \"Zhongguo-alias-test\"@en }",
                "Authorization", SecurityTest.basic("admin", PASSWORD));
        assertThat(u.statusCode()).isIn(200, 204);
        assertThat(Http.get(url + "api/search?q=Zhongguo-alias-test").body()).contains("/id/china");
    }

    @Test
    void many_clients_asking_at_once_for_a_page_not_computed_yet_get_it_computed_once() throws Exception {
        List<HttpResponse<String>> answers = burst(url + "id/china?lang=zh&probe=burst", 12);
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        List<String> how = answers.stream().map(r -> r.headers().firstValue("X-Cache").orElse("")).toList();
        assertThat(how).isSubsetOf("miss", "shared", "hit").filteredOn("miss"::equals).hasSize(1);
        assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.get(0).body());
    }

    @Test
    void clients_asking_at_once_for_a_missing_page_each_get_the_error() throws Exception {
        List<HttpResponse<String>> answers = burst(url + "id/no-such-entity?probe=burst", 6);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(404);
        assertThat(answers).allSatisfy(r -> assertThat(r.headers().firstValue("ETag")).isEmpty());
    }

    @Test
    void a_client_sending_no_accept_header_shares_the_answer_of_one_accepting_anything() {
        HttpResponse<String> any = Http.get(url + "list/norms?lang=en&probe=accept", "Accept", "*/*");
        assertThat(any.headers().firstValue("X-Cache")).hasValue("miss");
        HttpResponse<String> none = Http.get(url + "list/norms?lang=en&probe=accept");
        assertThat(none.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(none.headers().firstValue("ETag")).isEqualTo(any.headers().firstValue("ETag"));
    }

    private static List<HttpResponse<String>> burst(String target, int clients) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < clients; i++) sent.add(pool.submit(() -> {
                go.await();
                return Http.get(target);
            }));
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : sent) answers.add(f.get());
            return answers;
        }
    }

    @Test
    void the_filter_options_kept_for_a_version_follow_an_authenticated_update() {
        assertThat(Http.get(url + "matrix?lang=en&probe=filters").body()).doesNotContain("A norm added by an update");
        HttpResponse<String> u = Http.post(url + "sparql/update", "application/sparql-update", """
                PREFIX ng: <https://normgraph.org/ns#>
                INSERT DATA {
                  <https://normgraph.org/id/position-added-by-update> a ng:Position ;
                      ng:actor <https://normgraph.org/id/china> ; ng:about <https://normgraph.org/id/norm-added-by-update> .
                  <https://normgraph.org/id/norm-added-by-update> a ng:Norm ;
                      <http://www.w3.org/2000/01/rdf-schema#label> "A norm added by an update"@en .
                }""", "Authorization", SecurityTest.basic("admin", PASSWORD));
        assertThat(u.statusCode()).isIn(200, 204);
        assertThat(Http.get(url + "matrix?lang=en&probe=filters").body()).contains("A norm added by an update");
        assertThat(Http.get(url + "timeline?lang=en&probe=filters").body()).contains("A norm added by an update");
    }

    @Test
    void errors_are_neither_cached_nor_tagged() {
        HttpResponse<String> missing = Http.get(url + "id/no-such-entity");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        assertThat(Http.get(url + "id/china?lang=xx").statusCode()).isEqualTo(400);
    }

    @Test
    void an_authenticated_update_changes_the_page_and_its_etag_at_once() {
        HttpResponse<String> before = Http.get(url + "id/china?lang=en&probe=update");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(before.body()).doesNotContain("A note added by an update");
        HttpResponse<String> u = Http.post(url + "sparql/update", "application/sparql-update",
                "INSERT DATA { <https://normgraph.org/id/china> <http://www.w3.org/2000/01/rdf-schema#comment> \"A note added by an update\"@en }",
                "Authorization", SecurityTest.basic("admin", PASSWORD));
        assertThat(u.statusCode()).isIn(200, 204);
        HttpResponse<String> after = Http.get(url + "id/china?lang=en&probe=update", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("A note added by an update");
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(after.headers().firstValue("X-Cache")).hasValue("miss");
    }
}
