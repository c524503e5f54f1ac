package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.TestLayouts;

/**
 * Queries that would freeze or burn the server end with a clear answer: a backtracking regex stops
 * at the timeout and frees its core, a stack overflow is a 400, an answer over the cap is a 400
 * and one cut by the timeout a 503, never a 200 with a broken document.
 */
class RunawayQueriesTest {
    static final String NG = "PREFIX ng: <https://normgraph.org/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    static NormgraphServer server;
    static String endpoint;

    @BeforeAll
    static void start() {
        server = NormgraphServer.create().dataset(LoadedStore.get()).port(0).timeoutSeconds(2).maxResults(5_000)
                .layout(TestLayouts.project()).build().start();
        endpoint = server.url() + "sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> query(String q, String accept) {
        return Http.post(endpoint, "application/sparql-query", q, "Accept", accept);
    }

    @Test
    void a_backtracking_regex_stops_at_the_timeout_and_frees_its_thread() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(NG + "SELECT (COUNT(*) AS ?n) WHERE { ?s ng:text ?t FILTER(REGEX(?t, \"^(([^Z]*)*)*Z\")) }",
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(503);
        long busy = 0;
        for (int i = 0; i < 25 && (busy = threadsInRegex()) > 0; i++) Thread.sleep(200);
        System.out.printf("backtracking regex: %d after %.1f s; threads still matching afterwards: %d%n",
                r.statusCode(), (System.nanoTime() - t0) / 1e9, busy);
        assertThat(busy).as("threads still inside java.util.regex after the timeout").isZero();
    }

    static long threadsInRegex() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("java.util.regex.")))
                .count();
    }

    @Test
    void a_regex_that_overflows_the_stack_is_a_400_that_says_why() {
        HttpResponse<String> r = query(NG + "SELECT (COUNT(*) AS ?n) WHERE { ?s ng:text ?t FILTER(REGEX(?t, \"^(.|\\\\s)*$\")) }",
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("recurses too deeply").doesNotContain("at org.").doesNotContain("StackOverflowError");
    }

    @Test
    void forty_thousand_chained_alternatives_are_a_400_not_a_stack_trace() {
        String ors = IntStream.range(0, 40_000).mapToObj(i -> "?o = \"t" + i + "\"").collect(Collectors.joining(" || "));
        HttpResponse<String> r = query("SELECT * WHERE { ?s ?p ?o FILTER(" + ors + ") }", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("nested too deeply").doesNotContain("at org.");
        assertThat(query("ASK {}", "application/sparql-results+json").statusCode()).isEqualTo(200);
    }

    @Test
    void an_answer_over_the_cap_is_a_400_and_a_page_of_it_is_complete() {
        HttpResponse<String> all = query("SELECT * WHERE { ?s ?p ?o }", "text/csv");
        assertThat(all.statusCode()).isEqualTo(400);
        assertThat(all.body()).contains("more than 5,000 rows").contains("LIMIT");
        HttpResponse<String> page = query("SELECT * WHERE { ?s ?p ?o } LIMIT 5000", "application/sparql-results+json");
        assertThat(page.statusCode()).isEqualTo(200);
        ResultSetRewindable rows = ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(
                new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8))));
        assertThat(rows.size()).isEqualTo(5000);
        HttpResponse<String> construct = query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "text/turtle");
        assertThat(construct.statusCode()).isEqualTo(400);
        assertThat(construct.body()).contains("more than 5,000 triples");
    }

    @Test
    void a_select_cut_by_the_timeout_is_a_503_never_a_200_with_a_broken_document() {
        for (String accept : new String[] {"application/sparql-results+json", "text/csv", "application/sparql-results+xml"}) {
            // One row at once, then a scan that outlasts the timeout: a streaming endpoint has sent 200 by then.
            HttpResponse<String> r = query("SELECT ?x WHERE { { VALUES ?x { 1 } } UNION { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                    + "FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i))) < 0) BIND(2 AS ?x) } }", accept);
            assertThat(r.statusCode()).as(accept).isEqualTo(503);
            assertThat(r.body()).as(accept).doesNotContain("Incomplete results");
        }
    }

    @Test
    void guarded_regex_and_replace_give_the_same_answers_as_jena() {
        String q = NG + "SELECT ?s (REPLACE(STR(?l), \"(?i)chin(a|ese)\", \"<$1>\") AS ?r) WHERE { ?s rdfs:label ?l "
                + "FILTER(REGEX(?l, \"^chin\", \"i\") || REGEX(STR(?l), \"网络\")) } ORDER BY ?s ?r";
        HttpResponse<String> r = query(q, "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        String expected = Txn.calculateRead(LoadedStore.get(), () -> {
            try (QueryExec exec = QueryExec.dataset(LoadedStore.get()).query(q).build()) {
                return ResultSetFormatter.asText(org.apache.jena.query.ResultSet.adapt(exec.select()));
            }
        });
        ResultSetRewindable got = ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(new ByteArrayInputStream(
                query(q, "application/sparql-results+json").body().getBytes(StandardCharsets.UTF_8))));
        assertThat(got.size()).isGreaterThan(3);
        assertThat(ResultSetFormatter.asText(got)).isEqualTo(expected);
        assertThat(r.body()).contains("<a>");
    }
}
