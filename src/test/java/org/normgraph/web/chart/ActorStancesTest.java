package org.normgraph.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Paths;
import org.normgraph.web.Row;
import org.normgraph.web.matrix.StanceTable;

/** The chart on an actor's page counts, from the stance table, what a query over the store counts, on the real seeds. */
class ActorStancesTest {
    private static final Paths PATHS = new Paths("https://normgraph.org/");

    @Test
    void every_actors_stances_and_their_norms_equal_the_store_query() throws Exception {
        StanceTable table = StanceTable.of(new GraphQueries(LoadedStore.get(), PATHS));
        String query = Files.readString(Path.of("src/test/resources/fixtures/chart-actor-stances.rq"));
        TreeSet<String> actors = new TreeSet<>();
        table.listed().forEach(p -> actors.add(p.actor()));
        assertThat(actors).contains("https://normgraph.org/id/china").hasSizeGreaterThan(20);
        int bars = 0;
        for (String actor : actors) {
            List<String> fromTable = ActorStances.rows(table, actor, PATHS).stream().map(ActorStancesTest::described).toList();
            List<String> fromStore = store(query, actor);
            assertThat(fromTable).as(actor).isEqualTo(fromStore);
            bars += fromTable.size();
        }
        assertThat(bars).isGreaterThan(actors.size());
    }

    @Test
    void chinas_proposals_bar_names_each_norm_once_in_both_languages() {
        StanceTable table = StanceTable.of(new GraphQueries(LoadedStore.get(), PATHS));
        Row proposes = ActorStances.rows(table, "https://normgraph.org/id/china", PATHS).stream()
                .filter(r -> r.local("stance").equals("Proposes")).findFirst().orElseThrow();
        assertThat(proposes.str("category_zh")).isEqualTo("提出");
        List<String> en = List.of(proposes.str("who_en").split("; ")), zh = List.of(proposes.str("who_zh").split("；"));
        assertThat(en).contains("Cyber sovereignty").doesNotHaveDuplicates().hasSameSizeAs(zh);
        assertThat(zh).contains("网络主权");
    }

    /** A row as stance, names, count and the set of norms named (the order of GROUP_CONCAT is not defined). */
    private static String described(Row r) {
        return r.str("category") + " " + r.str("stance") + " " + r.str("category_zh") + " " + r.str("category_en") + " " + r.str("n")
                + " " + names(r.str("who_en"), "; ") + " " + names(r.str("who_zh"), "；");
    }

    private static TreeSet<String> names(String joined, String separator) {
        return joined == null ? new TreeSet<>() : new TreeSet<>(Arrays.asList(joined.split(separator)));
    }

    private static List<String> store(String query, String actor) {
        return Txn.calculateRead(LoadedStore.get(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(LoadedStore.get()))
                    .substitution("s", ResourceFactory.createResource(actor)).build()) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(described(new Row(values(s), PATHS))));
                return out;
            }
        });
    }

    private static java.util.Map<String, RDFNode> values(QuerySolution s) {
        java.util.Map<String, RDFNode> m = new java.util.HashMap<>();
        s.varNames().forEachRemaining(v -> m.put(v, s.get(v)));
        return m;
    }
}
