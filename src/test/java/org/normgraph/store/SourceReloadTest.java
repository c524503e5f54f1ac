package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.ConflictingStore;
import org.normgraph.Rows;
import org.normgraph.problems.InputException;

/** {@code load --source ID}: reloading one changed source gives exactly the store a full load gives. */
class SourceReloadTest {
    static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());
    static final String PARIS_CLAIMS = "002_paris_call_2018_en.claims.yaml", RUSSIA_CLAIMS = "001_russia_basic_principles_2013.claims.yaml";
    static final String OLD = "我们重申支持一个开放、安全、稳定、可及与和平的网络空间", NEW = "我们重申支持开放、安全、稳定、可及与和平的网络空间（改）";
    @TempDir Path tmp;

    @Test
    void reloading_one_changed_source_gives_exactly_the_store_a_full_load_gives_and_keeps_edits() throws Exception {
        Layout layout = ConflictingStore.copyOfProject(tmp.resolve("project"));
        DatasetGraph incremental = Store.open(tmp.resolve("incremental"));
        new Loader(layout, QUIET).load(incremental);
        Node edits = NodeFactory.createURI("https://normgraph.org/graph/edits");
        Node note = NodeFactory.createURI("urn:normgraph:test:note");
        Txn.executeWrite(incremental, () -> incremental.add(edits, note, note, NodeFactory.createLiteralString("kept")));
        replace(layout, PARIS_CLAIMS, OLD, NEW);

        new SourceReload(QUIET).write(incremental, new Loader(layout, QUIET).prepare(), "paris-call-2018");
        DatasetGraph full = Store.open(tmp.resolve("full"));
        new Loader(layout, QUIET).load(full);

        Txn.executeRead(incremental, () -> Txn.executeRead(full, () -> {
            List<Node> graphs = new java.util.ArrayList<>();
            full.listGraphNodes().forEachRemaining(graphs::add);
            assertThat(graphs).hasSizeGreaterThan(5);
            for (Node g : graphs) {
                if (g.getURI().endsWith("/meta")) continue;
                assertThat(incremental.getGraph(g).isIsomorphicWith(full.getGraph(g))).as(g.getURI()).isTrue();
            }
            assertThat(incremental.contains(edits, note, note, NodeFactory.createLiteralString("kept"))).isTrue();
        }));
        assertThat(version(incremental)).as("the store keeps an edit no full load has: a version of its own")
                .isNotEqualTo(version(full));
        Txn.executeWrite(incremental, () -> incremental.removeGraph(edits));
        new SourceReload(QUIET).write(incremental, new Loader(layout, QUIET).prepare(), "paris-call-2018");
        assertThat(version(incremental)).as("without edits, the version a full load gives").isEqualTo(version(full));
        assertThat(Rows.select(incremental, "SELECT ?t { ?e <https://normgraph.org/ns#translation> ?t FILTER(STR(?t) = \"" + NEW + "\") }"))
                .isNotEmpty();
    }

    @Test
    void a_reload_refuses_when_another_source_changed_and_writes_nothing() throws Exception {
        Layout layout = ConflictingStore.copyOfProject(tmp.resolve("project"));
        DatasetGraph dsg = Store.open(tmp.resolve("db"));
        new Loader(layout, QUIET).load(dsg);
        String before = version(dsg);
        long size = Store.size(dsg);
        replace(layout, RUSSIA_CLAIMS, "为在国际上推广俄罗斯关于由联合国会员国制定并通过《国际信息安全公约》的倡议创造条件",
                "为在国际上推广俄罗斯关于制定《国际信息安全公约》的倡议创造条件（改）");
        Loader.Prepared prepared = new Loader(layout, QUIET).prepare();
        assertThatThrownBy(() -> new SourceReload(QUIET).write(dsg, prepared, "paris-call-2018"))
                .isInstanceOf(InputException.class).hasMessageContaining("russia-2013-basic-principles").hasMessageContaining("full");
        assertThat(version(dsg)).isEqualTo(before);
        assertThat(Store.size(dsg)).isEqualTo(size);
        assertThatThrownBy(() -> new SourceReload(QUIET).write(dsg, prepared, "no-such-source"))
                .isInstanceOf(InputException.class).hasMessageContaining("--source no-such-source").hasMessageContaining("paris-call-2018");
    }

    private static void replace(Layout layout, String file, String from, String to) throws Exception {
        Path p = layout.seeds().resolve(file);
        String s = Files.readString(p);
        assertThat(s).contains(from);
        Files.writeString(p, s.replace(from, to));
    }

    private static String version(DatasetGraph dsg) {
        List<Map<String, String>> rows = Rows.select(dsg,
                "SELECT ?v { GRAPH <https://normgraph.org/graph/meta> { ?d <http://purl.org/dc/terms/hasVersion> ?v } }");
        return rows.getFirst().get("v");
    }
}
