package org.normgraph.web.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Paths;
import org.normgraph.web.Row;

/** The stance table the matrix and network count from, on the real seeds: the same from the TDB2 index and from SPARQL, and equal to an independent count. */
class StanceTableTest {
    private static final Paths PATHS = new Paths("https://normgraph.org/");
    private static final MatrixFilters DEFAULTS = new MatrixFilters(null, null, null, null, null, null, Map.of());
    private static final MatrixFilters EVERY_ACTOR = new MatrixFilters("all", null, null, null, null, null, Map.of());

    private static StanceTable fromIndex() {
        return StanceTable.of(new GraphQueries(LoadedStore.get(), PATHS));
    }

    /** The same quads in an in-memory dataset (its default graph the union), which the table reads through stance-keys.rq. */
    private static StanceTable fromSparql() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(LoadedStore.get(), () -> Txn.executeWrite(mem, () ->
                LoadedStore.get().find().forEachRemaining(q -> mem.getDefaultGraph().add(q.asTriple()))));
        return StanceTable.of(new GraphQueries(mem, PATHS));
    }

    @Test
    void the_table_read_from_the_store_index_equals_the_one_read_through_sparql() {
        StanceTable index = fromIndex(), sparql = fromSparql();
        assertThat(index.size()).isEqualTo(sparql.size()).isGreaterThan(100);
        for (MatrixFilters f : List.of(DEFAULTS, EVERY_ACTOR)) {
            for (String axis : List.of("actor", "about")) {
                assertThat(StanceTable.rank(index.matching(f), axis)).isEqualTo(StanceTable.rank(sparql.matching(f), axis));
            }
        }
        assertThat(index.labels().en()).isEqualTo(sparql.labels().en());
        assertThat(index.labels().zh()).isEqualTo(sparql.labels().zh()).containsEntry("https://normgraph.org/id/china", "中国");
        assertThat(options(index)).isEqualTo(options(sparql));
    }

    @Test
    void the_default_actor_ranking_counts_what_an_independent_query_counts() throws Exception {
        List<StanceTable.Ranked> ranked = StanceTable.rank(fromIndex().matching(DEFAULTS), "actor");
        String text = Files.readString(Path.of("src/test/resources/fixtures/actor-activity.rq"));
        List<String> expected = Txn.calculateRead(LoadedStore.get(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(text).dataset(DatasetFactory.wrap(LoadedStore.get())).build()) {
                List<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(s.getResource("actor").getURI() + " " + s.getLiteral("n").getInt()));
                return out;
            }
        });
        assertThat(ranked).extracting(r -> r.iri() + " " + r.positions()).containsExactlyElementsOf(expected);
        assertThat(ranked.getFirst().actorClass()).startsWith("https://normgraph.org/ns#");
    }

    @Test
    void filters_narrow_the_table_as_the_matrix_filters_do() {
        StanceTable t = fromIndex();
        MatrixFilters opposes = new MatrixFilters("all", null, "Opposes", null, null, null, Map.of());
        List<StanceTable.Match> all = t.matching(EVERY_ACTOR), against = t.matching(opposes);
        assertThat(against).isNotEmpty().allMatch(m -> m.position().stance().endsWith("#Opposes"));
        assertThat(against.size()).isLessThan(all.size());
        MatrixFilters sovereignty = new MatrixFilters("all", null, null, "cyber-sovereignty", null, null, Map.of());
        assertThat(t.matching(sovereignty)).isNotEmpty().allMatch(m -> m.position().about().endsWith("/cyber-sovereignty"));
        assertThat(t.matching(DEFAULTS)).allMatch(m -> m.actorClass().endsWith("#State") || m.actorClass().endsWith("#InternationalOrganisation"));
    }

    private static Map<String, List<String>> options(StanceTable t) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        t.options(PATHS).forEach((kind, rows) -> out.put(kind, rows.stream().map(r -> r.str("value") + " " + r.str("n")).sorted().toList()));
        return out;
    }
}
