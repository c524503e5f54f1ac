package org.normgraph.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normgraph.ontology.Iris;

class StoreQueryTest {
    private static final GraphVersion VERSION = new GraphVersion("a1b2c3d4e5f6-20261202t070000z",
            List.of(Iris.GRAPH + "meta", Iris.GRAPH + "huang-2013"));

    @Test
    void a_query_without_graph_patterns_reads_the_union_and_names_no_graphs_even_when_its_iris_say_graph() {
        Query sent = StoreQuery.of(QueryFactory.create(
                "SELECT ?s { ?s <https://normgraph.org/ns#actor> <https://normgraph.org/graph/meta> }"), VERSION);

        assertThat(sent.getGraphURIs()).containsExactly(VERSION.union());
        assertThat(sent.getNamedGraphURIs()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT ?g { GRAPH ?g { ?s ?p ?o } }",
            "SELECT * { { SELECT ?s { GRAPH <https://normgraph.org/graph/meta> { ?s ?p ?o } } LIMIT 5 } }",
            "SELECT ?s { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s a ?c } } }",
            "SELECT ?s ?in { ?s ?p ?o BIND(EXISTS { GRAPH ?g { ?s ?p ?o } } AS ?in) }",
            "SELECT ?s (EXISTS { GRAPH ?g { ?s ?p ?o } } AS ?in) { ?s ?p ?o }",
            "SELECT ?s { ?s ?p ?o } ORDER BY DESC(EXISTS { GRAPH ?g { ?s ?p ?o } })"})
    void a_graph_pattern_anywhere_in_the_query_names_each_graph_of_the_version(String text) {
        Query sent = StoreQuery.of(QueryFactory.create(text), VERSION);

        assertThat(sent.getGraphURIs()).containsExactly(VERSION.union());
        assertThat(sent.getNamedGraphURIs()).containsExactlyElementsOf(VERSION.names().values());
    }
}
