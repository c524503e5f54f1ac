package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.TestLayouts;
import org.normgraph.ontology.Iris;
import org.normgraph.query.Sparql;

/** The counts read from TDB2's indexes are the counts the statistics queries give, on the real seeds. */
class IndexCountsTest {
    @TempDir Path tmp;

    @Test
    void index_counts_equal_the_sparql_counts_of_the_seeds() {
        Path db = tmp.resolve("db");
        new StreamingLoad(TestLayouts.project(), SourceReloadTest.QUIET).into(db);
        DatasetGraph dsg = Store.open(db);
        Txn.executeRead(dsg, () -> {
            IndexCounts counts = IndexCounts.of(dsg);
            assertThat(counts).isNotNull();
            Map<String, Long> totals = new LinkedHashMap<>();
            Map<Node, Long> classes = new LinkedHashMap<>();
            try (QueryExecution qe = query(dsg, "stats/totals")) {
                qe.execSelect().forEachRemaining(s -> s.varNames().forEachRemaining(v -> totals.put(v, s.getLiteral(v).getLong())));
            }
            try (QueryExecution qe = query(dsg, "stats/classes")) {
                qe.execSelect().forEachRemaining(s -> classes.put(s.get("class").asNode(), s.getLiteral("entities").getLong()));
            }
            assertThat(counts.totals(Iris.ID)).isEqualTo(totals);
            assertThat(totals.get("triples")).isGreaterThan(20_000);
            assertThat(counts.entitiesByClass()).isEqualTo(classes);
        });
    }

    private static QueryExecution query(DatasetGraph dsg, String name) {
        return QueryExecution.create().query(Sparql.text(name)).dataset(DatasetFactory.wrap(dsg))
                .set(TDB2.symUnionDefaultGraph, true)
                .substitution(BindingFactory.binding(Var.alloc("uriSpace"), NodeFactory.createLiteralString(Iris.ID))).build();
    }
}
