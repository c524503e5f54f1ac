package org.normgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A real Virtuoso 7 started for the tests answers Jena's SPARQL 1.1 protocol, query, update and graph store. */
class VirtuosoServerTest {
    private final VirtuosoServer virtuoso = VirtuosoServer.shared();

    @Test
    void starts_and_answers_a_sparql_query() {
        assertThat(count("SELECT (COUNT(*) AS ?n) { VALUES ?x { 1 2 3 } }")).isEqualTo(3);
    }

    @Test
    void an_authenticated_insert_into_a_named_graph_is_visible_with_graph_and_with_from() {
        update("INSERT DATA { GRAPH <urn:test:insert> { <urn:test:s> <urn:test:p> \"one\", \"two\" } }");

        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:insert> { <urn:test:s> ?p ?o } }")).isEqualTo(2);
        assertThat(count("SELECT (COUNT(*) AS ?n) FROM <urn:test:insert> { <urn:test:s> ?p ?o }")).isEqualTo(2);
        assertThat(count("SELECT (COUNT(*) AS ?n) FROM NAMED <urn:test:insert> { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(2);
    }

    @Test
    void an_update_with_a_wrong_password_is_refused_with_401_and_changes_nothing() {
        update("INSERT DATA { GRAPH <urn:test:refused> { <urn:test:s> <urn:test:p> 0 } }");
        URI server = URI.create(virtuoso.baseUrl());
        // AuthEnv keeps a working Digest answer per endpoint until the prefix is unregistered; normgraph's
        // RemoteStore (other tests of this JVM) registers the query and update URLs themselves.
        AuthEnv.get().unregisterUsernamePassword(server);
        AuthEnv.get().unregisterUsernamePassword(URI.create(virtuoso.updateUrl()));
        AuthEnv.get().unregisterUsernamePassword(URI.create(virtuoso.queryUrl()));
        AuthEnv.get().registerUsernamePassword(server, virtuoso.user(), "wrong" + virtuoso.password());
        try {
            assertThatThrownBy(() -> update("INSERT DATA { GRAPH <urn:test:refused> { <urn:test:s> <urn:test:p> 1 } }"))
                    .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.getStatusCode()).isEqualTo(401));
        } finally {
            virtuoso.registerCredentials();
        }
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:refused> { ?s ?p ?o } }")).isEqualTo(1);
    }

    @Test
    void the_query_endpoint_refuses_updates() {
        assertThatThrownBy(() -> UpdateExecHTTP.service(virtuoso.queryUrl())
                        .update("INSERT DATA { GRAPH <urn:test:anonymous> { <urn:test:s> <urn:test:p> 1 } }").execute())
                .isInstanceOf(HttpException.class);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:anonymous> { ?s ?p ?o } }")).isZero();
    }

    @Test
    void a_query_with_300_from_clauses_reads_all_300_graphs() {
        update(IntStream.range(0, 300)
                .mapToObj(i -> "GRAPH <urn:test:from:" + i + "> { <urn:test:s" + i + "> <urn:test:p> " + i + " }")
                .collect(Collectors.joining(" ", "INSERT DATA { ", " }")));
        String from = IntStream.range(0, 300).mapToObj(i -> "FROM <urn:test:from:" + i + ">").collect(Collectors.joining("\n"));
        String named = from.replace("FROM", "FROM NAMED");

        assertThat(count("SELECT (COUNT(*) AS ?n)\n" + from + "\n{ ?s <urn:test:p> ?o }")).isEqualTo(300);
        assertThat(count("SELECT (COUNT(DISTINCT ?g) AS ?n)\n" + named + "\n{ GRAPH ?g { ?s <urn:test:p> ?o } }")).isEqualTo(300);
        assertThat(count("SELECT (COUNT(*) AS ?n)\n" + from.lines().limit(10).collect(Collectors.joining("\n"))
                + "\n{ ?s <urn:test:p> ?o }")).isEqualTo(10);
    }

    @Test
    void drop_silent_graph_removes_a_graph_and_accepts_one_that_does_not_exist() {
        update("INSERT DATA { GRAPH <urn:test:drop> { <urn:test:s> <urn:test:p> 1 } }");
        update("DROP SILENT GRAPH <urn:test:drop>");
        update("DROP SILENT GRAPH <urn:test:never-was>");

        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:drop> { ?s ?p ?o } }")).isZero();
    }

    @Test
    void a_query_posted_as_an_html_form_is_answered() {
        assertThat(QueryExecHTTP.service(virtuoso.queryUrl()).query("ASK { FILTER(true) }")
                .sendMode(QuerySendMode.asPostForm).ask()).isTrue();
    }

    @Test
    void a_query_posted_as_application_sparql_query_is_never_answered() {
        // Virtuoso 7.2 bug (openlink/virtuoso-opensource#842): it reads the body and says nothing.
        // Jena's default send mode POSTs queries longer than its URL limit this way, so normgraph
        // must use asGetWithLimitForm (or asPostForm) with Virtuoso.
        assertThatThrownBy(() -> QueryExecHTTP.service(virtuoso.queryUrl()).query("ASK { FILTER(true) }")
                        .sendMode(QuerySendMode.asPost).timeout(3, TimeUnit.SECONDS).ask())
                .hasRootCauseInstanceOf(HttpTimeoutException.class);
        assertThat(count("SELECT (COUNT(*) AS ?n) { VALUES ?x { 1 } }")).isEqualTo(1);
    }

    @Test
    void one_insert_data_operation_takes_4000_triples_but_not_10000_and_a_request_takes_several() {
        List<Triple> triples = graph("chunk", 10_000).find().toList();
        // Virtuoso's SPARQL parser runs out of stack ("SP030 ... memory exhausted") near 5,000 triples
        // in one INSERT DATA; several operations in one request are parsed one by one.
        update(insertData("urn:test:chunk:4000", triples.subList(0, 4_000)));
        assertThatThrownBy(() -> update(insertData("urn:test:chunk:10000", triples)))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
        update(insertData("urn:test:chunk:2x4000", triples.subList(0, 4_000)) + ";\n"
                + insertData("urn:test:chunk:2x4000", triples.subList(4_000, 8_000)));

        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:chunk:4000> { ?s ?p ?o } }")).isEqualTo(4_000);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:chunk:10000> { ?s ?p ?o } }")).isZero();
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:chunk:2x4000> { ?s ?p ?o } }")).isEqualTo(8_000);
    }

    @Test
    void a_graph_store_put_of_10000_triples_replaces_a_named_graph() {
        Node name = NodeFactory.createURI("urn:test:gsp");
        try (RDFLink link = link()) {
            link.put(name, graph("digest", 1));
            link.put(name, graph("a", 10_000));
            link.put(name, graph("b", 10_000));
            assertThat(link.get(name).size()).isEqualTo(10_000);
        }
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:gsp> { ?s ?p ?o } }")).isEqualTo(10_000);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:gsp> { <urn:test:b0> ?p ?o } }")).isEqualTo(1);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:gsp> { <urn:test:a0> ?p ?o } }")).isZero();
    }

    @Test
    void a_killed_server_stops_answering() {
        VirtuosoServer own = VirtuosoServer.start();
        assertThat(QueryExecHTTP.service(own.queryUrl()).query("ASK {}").ask()).isTrue();

        own.kill();

        Throwable refused = catchThrowable(() -> QueryExecHTTP.service(own.queryUrl()).query("ASK {}").ask());
        assertThat(Stream.iterate(refused, Objects::nonNull, Throwable::getCause)).anyMatch(ConnectException.class::isInstance);
        assertThat(own.dir()).doesNotExist();
    }

    @Test
    void isql_runs_sql_as_dba_and_reports_errors() {
        assertThat(virtuoso.isql("SELECT U_NAME FROM DB.DBA.SYS_USERS WHERE U_NAME = '" + virtuoso.user() + "';"))
                .contains(virtuoso.user());
        assertThatThrownBy(() -> virtuoso.isql("SELECT nothing FROM no_such_table;")).hasMessageContaining("no_such_table");
    }

    /** Load times, not asserted: {@code mvn test -Dtest=VirtuosoServerTest -Dvirtuoso.loadTimes=true}. */
    @Test
    @EnabledIfSystemProperty(named = "virtuoso.loadTimes", matches = "true")
    void a_100000_triple_graph_loads_by_graph_store_put_and_by_insert_data_in_chunks() {
        Graph big = graph("big", 100_000);
        for (RDFFormat format : new RDFFormat[] {RDFFormat.NTRIPLES, RDFFormat.TURTLE_BLOCKS}) {
            Node name = NodeFactory.createURI("urn:test:put:" + format.getLang().getName());
            try (RDFLink link = RDFLinkHTTP.newBuilder().gspEndpoint(virtuoso.gspUrl()).triplesFormat(format).build()) {
                link.put(name, graph("digest", 1));
                long start = System.nanoTime();
                link.put(name, big);
                System.out.printf("GSP PUT of 100,000 triples as %s: %d ms%n", format, (System.nanoTime() - start) / 1_000_000);
            }
            assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + name.getURI() + "> { ?s ?p ?o } }")).isEqualTo(100_000);
        }
        List<Triple> triples = big.find().toList();
        for (int[] shape : new int[][] {{1_000, 1}, {4_000, 1}, {4_000, 5}}) {
            int chunk = shape[0], perRequest = shape[1];
            String name = "urn:test:insert:" + chunk + "x" + perRequest;
            long start = System.nanoTime();
            for (int i = 0; i < triples.size(); i += chunk * perRequest) {
                StringBuilder request = new StringBuilder();
                for (int j = i; j < Math.min(triples.size(), i + chunk * perRequest); j += chunk) {
                    request.append(insertData(name, triples.subList(j, Math.min(triples.size(), j + chunk)))).append(";\n");
                }
                update(request.toString());
            }
            System.out.printf("INSERT DATA of 100,000 triples, %,d triples an operation, %d operations a request: %d ms%n",
                    chunk, perRequest, (System.nanoTime() - start) / 1_000_000);
            assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + name + "> { ?s ?p ?o } }")).isEqualTo(100_000);
        }
    }

    private static String insertData(String graph, List<Triple> triples) {
        Graph part = GraphFactory.createDefaultGraph();
        triples.forEach(part::add);
        return "INSERT DATA { GRAPH <" + graph + "> {\n" + RDFWriter.source(part).lang(Lang.NTRIPLES).asString() + "} }";
    }

    static Graph graph(String prefix, int size) {
        Graph g = GraphFactory.createDefaultGraph();
        Node p = NodeFactory.createURI("urn:test:p");
        for (int i = 0; i < size; i++) {
            g.add(NodeFactory.createURI("urn:test:" + prefix + i), p, NodeFactory.createLiteralString("value " + i));
        }
        return g;
    }

    private RDFLink link() {
        return RDFLinkHTTP.newBuilder()
                .queryEndpoint(virtuoso.queryUrl())
                .updateEndpoint(virtuoso.updateUrl())
                .gspEndpoint(virtuoso.gspUrl())
                .querySendMode(QuerySendMode.asGetWithLimitForm)
                .build();
    }

    private void update(String update) {
        UpdateExecHTTP.service(virtuoso.updateUrl()).update(update).execute();
    }

    private long count(String select) {
        try (RDFLink link = link()) {
            RowSet rows = link.query(select).select();
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }
}
