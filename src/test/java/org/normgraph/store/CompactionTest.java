package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normgraph.store.BadInputTest.quiet;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.TestLayouts;

/** TDB2 never overwrites in place: loads compact the store, and compaction keeps the data as it was. */
class CompactionTest {
    @TempDir Path tmp;

    @Test
    void eight_loads_of_the_paper_leave_the_store_no_bigger_than_one_and_a_half_loads() {
        Path dir = tmp.resolve("db");
        DatasetGraph dsg = Store.open(dir);
        Loader loader = new Loader(TestLayouts.project(), quiet());
        Loader.Prepared paper = loader.prepare();
        loader.write(dsg, paper, System.nanoTime());
        long one = StoreSize.bytes(dir);
        for (int i = 2; i <= 8; i++) loader.write(dsg, paper, System.nanoTime());
        assertThat(StoreSize.bytes(dir)).isLessThanOrEqualTo(one * 3 / 2);
        assertThat(generations(dir)).isEqualTo(1);
    }

    @Test
    void compaction_shrinks_a_store_grown_by_uncompacted_loads_and_keeps_its_data() {
        Path dir = tmp.resolve("grown");
        DatasetGraph dsg = Store.open(dir);
        Loader.Prepared paper = new Loader(TestLayouts.project(), quiet()).prepare();
        for (int i = 0; i < 8; i++) writeWithoutCompacting(dsg, paper);
        String digest = StoreDigest.of(dsg);
        long positions = positions(dsg);

        Compaction c = Compaction.run(dsg);

        assertThat(c.bytesBefore()).isGreaterThan(c.bytesAfter() * 3);
        assertThat(StoreSize.bytes(dir)).isEqualTo(c.bytesAfter());
        assertThat(generations(dir)).isEqualTo(1);
        assertThat(StoreDigest.of(dsg)).isEqualTo(digest);
        assertThat(positions(dsg)).isEqualTo(positions).isGreaterThan(50);
    }

    /** What a load did before loads compacted: replace everything in one write transaction. */
    static void writeWithoutCompacting(DatasetGraph dsg, Loader.Prepared prepared) {
        Txn.executeWrite(dsg, () -> {
            dsg.clear();
            prepared.graphs().forEach((iri, m) -> dsg.addGraph(NodeFactory.createURI(iri), m.getGraph()));
        });
    }

    /** Positions seen through the default graph (the union of all graphs). */
    static long positions(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg)
                    .query("SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://normgraph.org/ns#Position> }").build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    static long generations(Path dir) {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("Data-")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
