package org.normgraph.web.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normgraph.LoadedStore;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Paths;
import org.normgraph.web.Row;

/** An entity page's positions counted and ordered from the stance table give the quotes the store's own queries give, in their order of sources. */
class EntityPositionsTest {
    private static final GraphQueries Q = new GraphQueries(LoadedStore.get(), new Paths("https://normgraph.org/"));

    @ParameterizedTest
    @ValueSource(strings = {"china", "russia", "united-states", "uk", "cyber-sovereignty", "budapest-convention",
            "london-conference", "paris-call-supporters", "huang-zhixiong", "eu"})
    void the_table_lists_the_quotes_the_keys_query_lists_in_the_same_order_of_sources(String id) {
        String iri = "https://normgraph.org/id/" + id;
        var s = Map.of("s", NodeFactory.createURI(iri));
        List<Row> expected = Q.select("entity/positions-keys", s);
        assertThat(expected).as("positions involving " + id).isNotEmpty();
        EntityPositions fromTable = EntityPositions.of(Q, iri);
        assertThat(fromTable.total()).isEqualTo(Q.count("entity/positions-count", s)).isEqualTo(expected.size());
        List<String> keys = fromTable.keys().stream().map(k -> fromTable.table().text(k.position().key()) + " "
                + fromTable.table().text(k.position().evidence().get(k.i()))).sorted().toList();
        assertThat(keys).isEqualTo(expected.stream().map(r -> r.str("pos") + " " + r.str("ev")).sorted().toList());
        assertThat(fromTable.keys()).extracting(k -> k.doc() + " " + k.position().about())
                .containsExactlyElementsOf(expected.stream().map(r -> r.str("doc") + " " + r.str("about")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"china", "russia", "uk", "cyber-sovereignty", "budapest-convention", "london-conference", "eu"})
    void where_sources_meet_lists_the_pairs_the_store_query_lists_in_its_order(String id) {
        String iri = "https://normgraph.org/id/" + id;
        var s = Map.of("s", NodeFactory.createURI(iri));
        List<String> expected = Q.select("entity/cross-source-pairs", s).stream().map(r -> r.str("actor") + " " + r.str("about")).toList();
        List<String> fromTable = EntityLists.pairs(org.normgraph.web.matrix.StanceTable.of(Q), iri).stream()
                .map(p -> p.get(0).getURI() + " " + p.get(1).getURI()).toList();
        assertThat(fromTable).isEqualTo(expected).hasSize(Q.count("entity/cross-source-count", s));
        if (id.equals("russia")) assertThat(expected).as("Russia's own text and the paper meet").isNotEmpty();
    }
}
