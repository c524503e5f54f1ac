package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.store.Store;

/** The SPARQL 1.1 Protocol at /sparql, through a real SPARQL client and plain HTTP. */
class SparqlEndpointTest {
    static NormgraphServer server;
    static String endpoint;
    static final String CHINA_LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?label WHERE { <https://normgraph.org/id/china> rdfs:label ?label } ORDER BY STR(?label)";   // by the text: stores order literals of two languages differently

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        endpoint = server.url() + "sparql";
    }


    static List<String> labels(String acceptSelect) {
        try (RDFConnection conn = RDFConnectionRemote.service(endpoint).acceptHeaderSelectQuery(acceptSelect).build()) {
            List<String> out = new ArrayList<>();
            conn.querySelect(CHINA_LABELS, (QuerySolution s) -> out.add(s.getLiteral("label").getLexicalForm()));
            return out;
        }
    }

    @Test
    void select_answers_in_json_xml_csv_and_tsv_through_a_sparql_client() {
        for (String accept : new String[] {WebContent.contentTypeResultsJSON, WebContent.contentTypeResultsXML,
                WebContent.contentTypeTextCSV, WebContent.contentTypeTextTSV}) {
            assertThat(labels(accept)).as(accept).containsExactly("China", "中国");
        }
    }

    @Test
    void ask_answers_true_for_a_fact_the_paper_states() {
        try (RDFConnection conn = RDFConnectionRemote.service(endpoint).build()) {
            assertThat(conn.queryAsk("PREFIX ng: <https://normgraph.org/ns#> ASK { ?p ng:actor <https://normgraph.org/id/china> ; "
                    + "ng:about <https://normgraph.org/id/cyber-sovereignty> ; ng:stance ng:Proposes }")).isTrue();
        }
    }

    @Test
    void construct_answers_in_turtle_jsonld_ntriples_and_rdfxml() {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?s rdfs:label ?l } "
                + "WHERE { VALUES ?s { <https://normgraph.org/id/china> } ?s rdfs:label ?l }";
        for (String accept : new String[] {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"}) {
            try (RDFConnection conn = RDFConnectionRemote.service(endpoint).acceptHeaderGraph(accept).build()) {
                Model m = conn.queryConstruct(q);
                assertThat(m.size()).as(accept).isEqualTo(2);
            }
        }
    }

    @Test
    void query_by_get_by_post_form_and_by_post_sparql_query_give_the_same_answer() {
        String ask = "ASK { <https://normgraph.org/id/budapest-conference> ?p ?o }";
        HttpResponse<String> get = Http.get(endpoint + "?query=" + Http.enc(ask), "Accept", "application/sparql-results+json");
        HttpResponse<String> form = Http.post(endpoint, "application/x-www-form-urlencoded", "query=" + Http.enc(ask),
                "Accept", "application/sparql-results+json");
        HttpResponse<String> direct = Http.post(endpoint, "application/sparql-query", ask, "Accept", "application/sparql-results+json");
        for (HttpResponse<String> r : List.of(get, form, direct)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"boolean\" : true");
        }
    }

    @Test
    void a_syntax_error_is_a_400_with_a_message() {
        HttpResponse<String> r = Http.get(endpoint + "?query=" + Http.enc("SELECT ?x WHERE { ?x"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).containsIgnoringCase("parse error").doesNotContain("at org.apache");
    }

    @Test
    void cors_headers_let_browser_clients_elsewhere_query() {
        HttpResponse<String> r = Http.get(endpoint + "?query=" + Http.enc("ASK {}"), "Origin", "https://example.org");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    @Test
    void results_are_parsed_back_as_a_result_set() {
        HttpResponse<String> r = Http.get(endpoint + "?query=" + Http.enc(CHINA_LABELS), "Accept", "application/sparql-results+xml");
        ResultSet rs = org.apache.jena.riot.ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_XML);
        int n = 0;
        while (rs.hasNext()) { rs.next(); n++; }
        assertThat(n).isEqualTo(2);
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(server.url() + "id/china.ttl").body(), Lang.TURTLE).parse(m);
        assertThat(m.size()).isGreaterThan(5);
        assertThat(Store.size(LoadedStore.get())).isGreaterThan(9000);
    }
}
