package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.ConflictingStore;
import org.normgraph.problems.InputException;

/** The streaming full load ({@code normgraph load}): source by source, into a new store that replaces the old one. */
class StreamingLoadTest {
    @TempDir Path tmp;

    @Test
    void streaming_load_gives_exactly_the_store_an_in_memory_load_gives() throws Exception {
        Layout layout = ConflictingStore.copyOfProject(tmp.resolve("project"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoadReport report = new StreamingLoad(layout, new PrintStream(out, true, StandardCharsets.UTF_8)).into(tmp.resolve("streamed"));
        DatasetGraph streamed = Store.open(tmp.resolve("streamed"));
        DatasetGraph inMemory = Store.open(tmp.resolve("in-memory"));
        LoadReport expected = new Loader(layout, SourceReloadTest.QUIET).load(inMemory);

        assertThat(report.totalTriples()).isEqualTo(expected.totalTriples()).isEqualTo(Store.size(streamed));
        assertThat(report.positions()).isEqualTo(expected.positions()).isGreaterThan(100);
        Txn.executeRead(streamed, () -> Txn.executeRead(inMemory, () -> {
            List<Node> graphs = new ArrayList<>();
            inMemory.listGraphNodes().forEachRemaining(graphs::add);
            List<Node> streamedGraphs = new ArrayList<>();
            streamed.listGraphNodes().forEachRemaining(streamedGraphs::add);
            assertThat(streamedGraphs).containsExactlyInAnyOrderElementsOf(graphs);
            for (Node g : graphs) {
                if (g.getURI().endsWith("/meta")) continue;
                assertThat(streamed.getGraph(g).isIsomorphicWith(inMemory.getGraph(g))).as(g.getURI()).isTrue();
            }
            assertThat(streamed.prefixes().get("ng")).isEqualTo(inMemory.prefixes().get("ng")).isNotNull();
        }));
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("building and loading graphs [####################] 5/5").contains("checking SHACL shapes");
        assertThat(tmp.resolve("streamed.loading")).doesNotExist();
    }

    @Test
    void the_search_index_a_load_writes_is_the_one_a_start_opens_and_it_finds_the_sources_entities() throws Exception {
        Layout layout = ConflictingStore.copyOfProject(tmp.resolve("project-search"));
        Path db = tmp.resolve("db-search-test");
        new StreamingLoad(layout, SourceReloadTest.QUIET).into(db);
        List<String> written = folders(SearchIndexes.folderOf(db));
        DatasetGraph dsg = Store.open(db);
        String version = org.normgraph.Rows.select(dsg, org.normgraph.query.Sparql.text("web/version")).getFirst().get("version");
        var index = SearchIndexes.open(dsg, org.normgraph.ontology.Iris.BASE, SearchIndexes.folderOf(db), version);
        assertThat(folders(SearchIndexes.folderOf(db))).as("opened, not rebuilt").isEqualTo(written).hasSize(1);
        assertThat(index.size()).isGreaterThan(100);
        assertThat(index.search("网络主权", 10)).isNotEmpty();
        assertThat(index.search("Paris Call", 10)).isNotEmpty();
        TDBInternal.expel(dsg, true);
    }

    @Test
    void bad_input_leaves_the_old_store_as_it_was_and_no_half_built_store() throws Exception {
        Layout layout = ConflictingStore.copyOfProject(tmp.resolve("project"));
        Path db = tmp.resolve("db");
        new StreamingLoad(layout, SourceReloadTest.QUIET).into(db);
        List<String> indexes = folders(SearchIndexes.folderOf(db));
        assertThat(indexes).hasSize(1);
        DatasetGraph before = Store.open(db);
        long size = Store.size(before);
        TDBInternal.expel(before, true);
        Path claims = layout.seeds().resolve(SourceReloadTest.PARIS_CLAIMS);
        String text = Files.readString(claims);
        String quote = "We reaffirm our support to an open, secure, stable, accessible and peaceful cyberspace";
        assertThat(text).contains(quote);
        Files.writeString(claims, text.replace(quote, "A sentence the Paris Call does not contain"));

        assertThatThrownBy(() -> new StreamingLoad(layout, SourceReloadTest.QUIET).into(db))
                .isInstanceOf(InputException.class).hasMessageContaining(SourceReloadTest.PARIS_CLAIMS);
        assertThat(tmp.resolve("db.loading")).doesNotExist();
        assertThat(tmp.resolve("db.old")).doesNotExist();
        assertThat(Store.size(Store.open(db))).isEqualTo(size);
        assertThat(folders(SearchIndexes.folderOf(db))).isEqualTo(indexes);
    }

    private static List<String> folders(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_corpus_whose_shape_triples_do_not_fit_in_memory_is_checked_over_the_store_and_loads() throws Exception {
        Layout layout = ConflictingStore.copyOfProject(tmp.resolve("project"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoadReport report = new StreamingLoad(layout, new PrintStream(out, true, StandardCharsets.UTF_8), 10).into(tmp.resolve("on-disk"));
        String said = out.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("checking SHACL shapes over the store").doesNotContain("while the shapes are checked");
        assertThat(said.indexOf("search index built")).as("the index is built after a check over the store, not beside it")
                .isGreaterThan(said.indexOf("checking SHACL shapes over the store"));
        assertThat(report.positions()).isGreaterThan(100);
        assertThat(Store.size(Store.open(tmp.resolve("on-disk")))).isEqualTo(report.totalTriples());
    }

    @ParameterizedTest(name = "SHACL view of at most {0} triples")
    @ValueSource(longs = {10_000_000, 10})
    void a_shape_violation_in_a_turtle_seed_is_found_at_its_file_and_nothing_is_written(long viewLimit) throws Exception {
        Layout layout = ConflictingStore.copyOfProject(tmp.resolve("project-" + viewLimit));
        Files.writeString(layout.seeds().resolve("extra.ttl"),
                "<https://normgraph.org/id/nowhere-land> a <https://normgraph.org/ns#State> .\n");
        Path db = tmp.resolve("db-" + viewLimit);
        assertThatThrownBy(() -> new StreamingLoad(layout, SourceReloadTest.QUIET, viewLimit).into(db))
                .isInstanceOf(InputException.class).hasMessageContaining("extra.ttl").hasMessageContaining("SHACL")
                .hasMessageContaining("nowhere-land");
        assertThat(db).doesNotExist();
        assertThat(tmp.resolve("db-" + viewLimit + ".loading")).doesNotExist();
        assertThat(folders(SearchIndexes.folderOf(db))).as("the search index built meanwhile is discarded").isEmpty();
    }
}
