package org.normgraph.store.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.TestLayouts;
import org.normgraph.VirtuosoServer;
import org.normgraph.store.LoadReport;
import org.normgraph.store.StoreSpec;

/**
 * normgraph's load into a real Virtuoso: the same graphs and triples as the embedded TDB2 store,
 * switched in as a whole, the previous load's graphs dropped, a store's other graphs left alone.
 * Each test uses a Virtuoso of its own class, not the shared one the query tests read.
 */
class RemoteLoadTest {
    static VirtuosoServer virtuoso;

    @BeforeAll
    static void start() {
        virtuoso = VirtuosoServer.start();
    }

    @org.junit.jupiter.api.AfterAll
    static void stop() {
        virtuoso.stop();
    }

    static StoreSpec spec(VirtuosoServer v) {
        return StoreSpec.parse("sparql:" + v.queryUrl(), null, v.updateUrl(),
                Map.of(StoreSpec.USER_ENV, v.user(), StoreSpec.PASSWORD_ENV, v.password()));
    }

    static LoadReport load(RemoteDataset ds) {
        return new RemoteLoad(TestLayouts.project(), new PrintStream(new ByteArrayOutputStream())).into(ds);
    }

    static Map<String, Long> triplesByGraph(DatasetGraph dsg) {
        Map<String, Long> out = new HashMap<>();
        Txn.executeRead(dsg, () -> QueryExec.dataset(dsg).query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
                .select().forEachRemaining(b -> out.put(b.get("g").getURI(), Long.parseLong(b.get("n").getLiteralLexicalForm()))));
        return out;
    }

    static long rawCount(VirtuosoServer v, String graph) {
        return Long.parseLong(QueryExecHTTP.service(v.queryUrl()).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }")
                .select().next().get("n").getLiteralLexicalForm());
    }

    @Test
    void a_load_gives_the_same_graphs_and_triples_as_the_embedded_store() {
        RemoteDataset ds = Stores.connect(spec(virtuoso));
        load(ds);
        Map<String, Long> tdb2 = triplesByGraph(LoadedStore.get());
        Map<String, Long> remote = triplesByGraph(ds);
        assertThat(remote.keySet()).isEqualTo(tdb2.keySet());
        tdb2.forEach((g, n) -> {
            if (!g.endsWith("/meta")) assertThat(remote.get(g)).as(g).isEqualTo(n);   // the meta graph holds the load's time
        });
        long union = Long.parseLong(QueryExec.dataset(ds).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").select().next()
                .get("n").getLiteralLexicalForm());
        long tdb2Union = Txn.calculateRead(LoadedStore.get(), () -> Long.parseLong(QueryExec.dataset(LoadedStore.get())
                .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").select().next().get("n").getLiteralLexicalForm()));
        assertThat(union).isEqualTo(tdb2Union);
    }

    @Test
    void a_second_load_switches_to_a_new_version_and_drops_the_first_ones_graphs() {
        RemoteDataset ds = Stores.connect(spec(virtuoso));
        load(ds);
        GraphVersion first = ds.refresh();
        assertThat(rawCount(virtuoso, first.physical(first.logical().getFirst()))).isPositive();
        load(ds);
        GraphVersion second = ds.refresh();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.logical()).isEqualTo(first.logical());
        for (String g : first.logical()) assertThat(rawCount(virtuoso, first.physical(g))).as(g).isZero();
        assertThat(rawCount(virtuoso, first.union())).isZero();
        assertThat(RemoteVersions.all(ds.store())).extracting(GraphVersion::id).containsExactly(second.id());
    }

    @Test
    void graphs_that_are_not_normgraphs_are_neither_read_nor_written() {
        UpdateExecHTTP.service(virtuoso.updateUrl()).update("INSERT DATA { GRAPH <http://example.org/theirs> { "
                + "<https://normgraph.org/id/china> <http://www.w3.org/2000/01/rdf-schema#label> \"not normgraph's\"@en } }").execute();
        RemoteDataset ds = Stores.connect(spec(virtuoso));
        load(ds);
        load(ds);
        assertThat(rawCount(virtuoso, "http://example.org/theirs")).isEqualTo(1);
        boolean seen = QueryExec.dataset(ds).query("ASK { ?s ?p \"not normgraph's\"@en }").ask();
        assertThat(seen).isFalse();
        boolean named = QueryExec.dataset(ds).query("ASK { GRAPH <http://example.org/theirs> { ?s ?p ?o } }").ask();
        assertThat(named).isFalse();
        boolean from = QueryExec.dataset(ds).query("ASK FROM <http://example.org/theirs> { ?s ?p ?o }").ask();
        assertThat(from).isFalse();
    }

    @Test
    void wrong_credentials_are_reported_as_the_stores_refusal_and_write_nothing() {
        RemoteDataset good = Stores.connect(spec(virtuoso));
        String before = good.refresh().id();
        StoreSpec wrong = StoreSpec.parse("sparql:" + virtuoso.queryUrl(), null, virtuoso.updateUrl(),
                Map.of(StoreSpec.USER_ENV, virtuoso.user(), StoreSpec.PASSWORD_ENV, "not-the-password"));
        try {
            assertThatThrownBy(() -> load(Stores.connect(wrong)))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining(virtuoso.updateUrl())
                    .hasMessageContaining("refused normgraph's credentials (HTTP 401)")
                    .hasMessageContaining(StoreSpec.PASSWORD_ENV);
        } finally {
            Stores.connect(spec(virtuoso));   // registers the right password again
        }
        assertThat(Stores.connect(spec(virtuoso)).refresh().id()).isEqualTo(before);
    }

    @Test
    void an_unreachable_store_is_named_in_the_error_after_retries() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        StoreSpec nowhere = StoreSpec.parse("sparql:http://127.0.0.1:" + port + "/sparql", null, null, Map.of());
        assertThatThrownBy(() -> Stores.connect(nowhere))
                .isInstanceOf(org.normgraph.problems.InputException.class)
                .hasMessageContaining("cannot reach the store at http://127.0.0.1:" + port + "/sparql")
                .hasMessageContaining("after " + RemoteStore.TRIES + " tries");
    }

    @Test
    void a_query_sees_only_the_current_versions_graphs_by_their_logical_names() {
        RemoteDataset ds = Stores.connect(spec(virtuoso));
        load(ds);
        GraphVersion v = ds.refresh();
        java.util.List<Node> graphs = new java.util.ArrayList<>();
        QueryExec.dataset(ds).query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").select().forEachRemaining(b -> graphs.add(b.get("g")));
        assertThat(graphs).extracting(Node::getURI).containsExactlyInAnyOrderElementsOf(v.logical());
        boolean meta = QueryExec.dataset(ds).query("ASK { GRAPH <https://normgraph.org/graph/meta> { ?s ?p ?o } }").ask();
        assertThat(meta).isTrue();
    }
}
