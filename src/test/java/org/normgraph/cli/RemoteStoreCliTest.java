package org.normgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.LoadedVirtuoso;

/**
 * The commands over an external store ({@code --store sparql:URL}) against the same commands over a
 * TDB2 store of the same seeds: the same query answers, the same exported graphs, a validation that
 * names the load the store serves, and clear errors for a bad --store.
 */
class RemoteStoreCliTest {
    @TempDir static Path tmp;
    static String store;
    static Path db;

    @BeforeAll
    static void load() {
        LoadedVirtuoso.get();
        store = "sparql:" + LoadedVirtuoso.spec().queryUrl();
        db = tmp.resolve("db");
        assertThat(CliTest.run("load", "--db", db.toString()).code()).isZero();
    }

    @Test
    void a_library_query_answers_the_same_over_virtuoso_as_over_tdb2() {
        for (String q : List.of("queries/which-actors-backed-which-norms.rq", "queries/positions-by-stance-count.rq", "queries/hedged-claims.rq")) {
            CliTest.Out remote = CliTest.run("query", "--store", store, q, "--format", "csv");
            CliTest.Out local = CliTest.run("query", "--db", db.toString(), q, "--format", "csv");
            assertThat(remote.code()).as(remote.err()).isZero();
            assertThat(sortedLines(remote.out())).as(q).isEqualTo(sortedLines(local.out())).hasSizeGreaterThan(2);
        }
    }

    @Test
    void an_export_holds_the_same_graphs_with_the_same_triples() {
        CliTest.Out remote = CliTest.run("export", "--store", store, "--format", "nq");
        CliTest.Out local = CliTest.run("export", "--db", db.toString(), "--format", "nq");
        assertThat(remote.code()).as(remote.err()).isZero();
        Map<String, Long> a = perGraph(remote.out()), b = perGraph(local.out());
        assertThat(a.keySet()).isEqualTo(b.keySet());
        b.forEach((g, n) -> { if (!g.endsWith("/meta")) assertThat(a.get(g)).as(g).isEqualTo(n); });
    }

    @Test
    void validate_names_the_load_the_store_serves() {
        CliTest.Out out = CliTest.run("validate", "--store", store);
        assertThat(out.code()).as(out.err()).isZero();
        assertThat(out.out()).contains("valid: nothing was written").contains("serves load " + LoadedVirtuoso.get().current().id())
                .contains("give --update-url to load into it");
    }

    @Test
    void a_bad_store_option_is_refused_with_the_reason() {
        CliTest.Out both = CliTest.run("query", "--store", store, "--db", db.toString(), "SELECT * { ?s ?p ?o } LIMIT 1");
        assertThat(both.code()).isEqualTo(1);
        assertThat(both.err()).contains("give either --store or --db, not both");
        CliTest.Out scheme = CliTest.run("query", "--store", "postgres://x", "SELECT * { ?s ?p ?o } LIMIT 1");
        assertThat(scheme.code()).isEqualTo(1);
        assertThat(scheme.err()).contains("--store postgres://x is not tdb2:DIR or sparql:QUERY_URL");
        CliTest.Out url = CliTest.run("query", "--store", "sparql:not a url", "SELECT * { ?s ?p ?o } LIMIT 1");
        assertThat(url.err()).contains("--store needs an http(s) URL");
        CliTest.Out update = CliTest.run("load", "--db", db.toString(), "--update-url", "http://localhost/x");
        assertThat(update.code()).isEqualTo(1);
        assertThat(update.err()).contains("--update-url goes with --store sparql:URL");
    }

    private static List<String> sortedLines(String csv) {
        return Arrays.stream(csv.split("\r?\n")).sorted().toList();
    }

    private static Map<String, Long> perGraph(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(nquads, org.apache.jena.riot.Lang.NQUADS).parse(dsg);
        Map<String, Long> out = new HashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> out.put(g.getURI(), (long) dsg.getGraph(g).size()));
        return out;
    }
}
