package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.normgraph.store.GoodStore.quiet;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normgraph.TestLayouts;
import org.normgraph.problems.InputException;

/** A hand-written {@code seeds/NAME.ttl} names its graph: names that clash or make no IRI are refused. */
class GraphNamesTest {
    @TempDir Path tmp;
    GoodStore good;

    @BeforeEach
    void load_a_good_store() throws Exception { good = GoodStore.in(tmp); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "huang-2013-london-process.ttl | the graph of the source 'huang-2013-london-process'",
            "ontology.ttl                  | the ontology graph",
            "meta.ttl                      | the graph of the dataset's version",
            "edits.ttl                     | the graph kept for SPARQL Update writes",
    })
    void a_turtle_seed_named_like_a_graph_the_loader_writes_is_refused(String fileName, String clash) throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("clash"), "good");
        TestLayouts.addTurtle(layout, "one-triple", fileName);
        assertThatThrownBy(() -> new Loader(layout, quiet()).load(good.dsg()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(layout.seeds().resolve(fileName) + ": this file would replace <https://normgraph.org/graph/")
                .hasMessageContaining(clash);
        good.assertUnchanged();
    }

    @Test
    void a_turtle_seed_whose_name_cannot_make_an_iri_is_refused_saying_what_is_allowed() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("unsafe"), "good");
        TestLayouts.addTurtle(layout, "one-triple", "a b<c>.ttl");
        assertThatThrownBy(() -> new Loader(layout, quiet()).load(good.dsg()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a b<c>.ttl: the name 'a b<c>' cannot name a graph")
                .hasMessageContaining("letters A-Z a-z, digits, '.', '_' and '-'");
        good.assertUnchanged();
    }

    @Test
    void a_turtle_seed_with_a_safe_name_gets_its_own_graph() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("safe"), "good");
        TestLayouts.addTurtle(layout, "one-triple", "Notes_2024.v2-draft.ttl");
        LoadReport report = new Loader(layout, quiet()).load(good.dsg());
        assertThat(report.graphs()).anySatisfy(g -> {
            assertThat(g.iri()).isEqualTo("https://normgraph.org/graph/Notes_2024.v2-draft");
            assertThat(g.triples()).isEqualTo(1);
        });
    }

    @Test
    void a_source_whose_id_names_a_reserved_graph_is_refused_at_its_line() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("source-id"), "source-named-edits");
        assertThatThrownBy(() -> new Loader(layout, quiet()).load(good.dsg()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(TestLayouts.CLAIMS + ":3: [edits] this source id would name <https://normgraph.org/graph/edits>")
                .hasMessageContaining("the graph kept for SPARQL Update writes");
        good.assertUnchanged();
    }
}
