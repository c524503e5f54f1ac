package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.Rows;
import org.normgraph.TestLayouts;

/** A second source may refer to ids the first declares; its graph and labels come out right. */
class SecondSourceTest {
    @TempDir Path tmp;

    @Test
    void a_second_source_reuses_ids_and_gets_its_own_graph_with_proper_labels() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("two"), "good");
        for (String f : new String[] {"zz_second.txt", "zz_second.claims.yaml"}) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/second/" + f)) {
                Files.copy(in, layout.seeds().resolve(f));
            }
        }
        DatasetGraph dsg = Store.open(tmp.resolve("db"));
        LoadReport report = new Loader(layout, new PrintStream(new ByteArrayOutputStream())).load(dsg);
        assertThat(report.graphs()).extracting(LoadReport.Graph::iri).contains("https://normgraph.org/graph/zz-second-source");
        List<Map<String, String>> labels = Rows.select(dsg, """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?l WHERE { GRAPH <https://normgraph.org/graph/zz-second-source> {
                  <https://normgraph.org/id/zz-china-sovereignty-2015> rdfs:label ?l } } ORDER BY ?l""");
        assertThat(labels).extracting(r -> r.get("l")).containsExactly(
                "China supports Cyber sovereignty (Second World Internet Conference)",
                "中国支持“网络主权”（第二届世界互联网大会）");
    }

    @Test
    void a_second_source_that_declares_an_id_of_the_first_again_is_refused_at_its_line() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("clash"), "good");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/second/zz_second.txt")) {
            Files.copy(in, layout.seeds().resolve("zz_second.txt"));
        }
        String claims;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/second/zz_second.claims.yaml")) {
            claims = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        claims = claims.replace("entities:\n", "entities:\n  - id: china\n    type: Person\n    label: {zh: 中国, en: China}\n");
        Files.writeString(layout.seeds().resolve("zz_second.claims.yaml"), claims);
        DatasetGraph dsg = Store.open(tmp.resolve("db2"));
        long before = Store.size(dsg);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Loader(layout, new PrintStream(new ByteArrayOutputStream())).load(dsg))
                .isInstanceOf(org.normgraph.problems.InputException.class)
                .hasMessageContaining("zz_second.claims.yaml:9:").hasMessageContaining("china").hasMessageContaining("duplicate id");
        assertThat(Store.size(dsg)).isEqualTo(before);
    }
}
