package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.TestLayouts;
import org.normgraph.store.Store;

/**
 * The query side of the W3C SPARQL 1.1 Protocol test suite (w3c/rdf-tests, sparql/sparql11/protocol),
 * one test per case, named after it, against {@code /sparql} of a real server over a TDB2 store
 * holding the three small graphs the dataset cases name ({@code fixtures/protocol-dataset.trig}).
 * The update cases are refused: the public endpoint is read-only.
 */
class SparqlProtocolConformanceTest {
    private static final String D = "http://kasei.us/2009/09/sparql/data/";
    @TempDir static Path tmp;
    private static DatasetGraph dsg;
    private static NormgraphServer server;
    private static String sparql;

    @BeforeAll
    static void start() {
        dsg = Store.open(tmp.resolve("tdb"));
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, "src/test/resources/fixtures/protocol-dataset.trig"));
        server = NormgraphServer.create().dataset(dsg).port(0).layout(TestLayouts.project()).build().start();
        sparql = server.url() + "sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
        TDBInternal.expel(dsg, true);
    }

    private static String enc(String s) { return Http.enc(s); }

    private static HttpResponse<String> post(String query, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sparql + query)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return Http.send(b.build());
    }

    private static HttpResponse<String> post(String query, String contentType, String body) {
        return post(query, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void isTrue(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 399);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).containsAnyOf("sparql-results+json", "sparql-results+xml");
        assertThat(r.body().replaceAll("\\s", "")).containsAnyOf("\"boolean\":true", "<boolean>true</boolean>");
    }

    /** The boolean of an ASK answer in SPARQL results JSON or XML. */
    private static boolean answer(HttpResponse<String> r) {
        String b = r.body().replaceAll("\\s", "");
        assertThat(b).containsAnyOf("\"boolean\":", "<boolean>");
        return b.contains("\"boolean\":true") || b.contains("<boolean>true</boolean>");
    }

    private static void refused(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
    }

    @Test
    void query_post_form() {
        isTrue(post("?default-graph-uri=" + enc(D + "data0.rdf"), "application/x-www-form-urlencoded", "query=ASK%20%7B%7D"));
    }

    @Test
    void query_dataset_default_graphs_get() {
        isTrue(Http.get(sparql + "?query=" + enc("ASK { <" + D + "data1.rdf> a ?type . <" + D + "data2.rdf> a ?type . }")
                + "&default-graph-uri=" + enc(D + "data1.rdf") + "&default-graph-uri=" + enc(D + "data2.rdf")));
    }

    @Test
    void query_dataset_default_graphs_post() {
        isTrue(post("?default-graph-uri=" + enc(D + "data1.rdf") + "&default-graph-uri=" + enc(D + "data2.rdf"), "application/sparql-query",
                "ASK { <" + D + "data1.rdf> a ?type . <" + D + "data2.rdf> a ?type . }"));
    }

    @Test
    void query_dataset_named_graphs_post() {
        isTrue(post("?named-graph-uri=" + enc(D + "data1.rdf") + "&named-graph-uri=" + enc(D + "data2.rdf"), "application/sparql-query",
                "ASK { GRAPH ?g1 { <" + D + "data1.rdf> a ?type } GRAPH ?g2 { <" + D + "data2.rdf> a ?type } }"));
    }

    @Test
    void query_dataset_named_graphs_get() {
        isTrue(Http.get(sparql + "?query=" + enc("ASK { GRAPH ?g1 { <" + D + "data1.rdf> a ?type } GRAPH ?g2 { <" + D + "data2.rdf> a ?type } }")
                + "&named-graph-uri=" + enc(D + "data1.rdf") + "&named-graph-uri=" + enc(D + "data2.rdf")));
    }

    @Test
    void query_dataset_full() {
        isTrue(post("?default-graph-uri=" + enc(D + "data3.rdf") + "&named-graph-uri=" + enc(D + "data1.rdf") + "&named-graph-uri=" + enc(D + "data2.rdf"),
                "application/sparql-query", "ASK { <" + D + "data3.rdf> a ?type GRAPH ?g1 { <" + D + "data1.rdf> a ?type } GRAPH ?g2 { <"
                        + D + "data2.rdf> a ?type } }"));
    }

    @Test
    void query_multiple_dataset() {
        // the protocol's dataset wins over the query's FROM. The manifest percent-encodes the "&" between the two
        // named-graph-uri parameters (one parameter whose value names no graph, which no store can answer true);
        // they are sent here as the two parameters the case's name and expected answer describe.
        isTrue(post("?named-graph-uri=" + enc(D + "data1.rdf") + "&named-graph-uri=" + enc(D + "data2.rdf"), "application/sparql-query",
                "ASK FROM <" + D + "data3.rdf> { GRAPH ?g1 { <" + D + "data1.rdf> a ?type } GRAPH ?g2 { <" + D + "data2.rdf> a ?type } }"));
    }

    @Test
    void query_get() {
        isTrue(Http.get(sparql + "?query=" + enc("ASK {}") + "&default-graph-uri=" + enc(D + "data0.rdf")));
    }

    @Test
    void query_post_direct() {
        isTrue(post("?default-graph-uri=" + enc(D + "data0.rdf"), "application/sparql-query", "ASK {}"));
    }

    @Test
    void query_content_type_select() {
        HttpResponse<String> r = post("?default-graph-uri=" + enc(D + "data0.rdf"), "application/sparql-query", "SELECT (1 AS ?value) {}");
        assertThat(r.statusCode()).isBetween(200, 399);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .containsAnyOf("sparql-results+json", "sparql-results+xml", "text/tab-separated-values", "text/csv");
    }

    @Test
    void query_content_type_ask() {
        isTrue(post("?default-graph-uri=" + enc(D + "data0.rdf"), "application/sparql-query", "ASK {}"));
    }

    @Test
    void query_content_type_describe() {
        isRdf(post("?default-graph-uri=" + enc(D + "data0.rdf"), "application/sparql-query", "DESCRIBE <http://example.org/>"));
    }

    @Test
    void query_content_type_construct() {
        isRdf(post("?default-graph-uri=" + enc(D + "data0.rdf"), "application/sparql-query", "CONSTRUCT { <s> <p> 1 } WHERE {}"));
    }

    private static void isRdf(HttpResponse<String> r) {
        assertThat(r.statusCode()).isBetween(200, 399);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).containsAnyOf("turtle", "rdf+xml", "n-triples", "ld+json", "rdf+json");
    }

    @Test
    void bad_query_method() {
        refused(Http.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + enc("ASK {}")))
                .method("PUT", HttpRequest.BodyPublishers.noBody()).build()));
    }

    @Test
    void bad_multiple_queries() {
        refused(Http.get(sparql + "?query=" + enc("ASK {}") + "&query=" + enc("SELECT * {}")));
    }

    @Test
    void bad_query_wrong_media_type() {
        refused(post("", "text/plain", "ASK {}"));
    }

    @Test
    void bad_query_missing_form_type() {
        refused(post("", null, "query=ASK%20%7B%7D"));
    }

    @Test
    void bad_query_missing_direct_type() {
        refused(post("", null, "ASK {}"));
    }

    @Test
    void bad_query_non_utf8() {
        refused(post("", "application/sparql-query; charset=UTF-16", "ASK {}".getBytes(StandardCharsets.UTF_16)));
    }

    @Test
    void bad_query_syntax() {
        refused(Http.get(sparql + "?query=" + enc("ASK {")));
    }

    @Test
    void update_cases_are_refused_without_credentials() {
        String update = "CLEAR ALL ; INSERT DATA { GRAPH <" + D + "data1.rdf> { <" + D + "data1.rdf> a <http://xmlns.com/foaf/0.1/Document> } }";
        refused(post("", "application/sparql-update", update));
        refused(post("", "application/x-www-form-urlencoded", "update=" + enc(update)));
        refused(post("/update", "application/sparql-update", update));
        isTrue(Http.get(sparql + "?query=" + enc("ASK { GRAPH <" + D + "data1.rdf> { ?s a ?t } }")));
    }

    @Test
    void the_dataset_the_protocol_names_is_the_one_queried_not_the_union_of_every_graph() {
        HttpResponse<String> onlyData1 = Http.get(sparql + "?query=" + enc("ASK { <" + D + "data2.rdf> a ?type }")
                + "&default-graph-uri=" + enc(D + "data1.rdf"));
        assertThat(onlyData1.statusCode()).isEqualTo(200);
        assertThat(answer(onlyData1)).isFalse();
        HttpResponse<String> named = Http.get(sparql + "?query=" + enc("ASK { GRAPH ?g { <" + D + "data2.rdf> a ?type } }")
                + "&named-graph-uri=" + enc(D + "data1.rdf"));
        assertThat(answer(named)).isFalse();
        HttpResponse<String> union = Http.get(sparql + "?query=" + enc("ASK { <" + D + "data1.rdf> a ?t . <" + D + "data2.rdf> a ?t }"));
        assertThat(answer(union)).as("without a protocol dataset: the union of the graphs").isTrue();
    }
}
