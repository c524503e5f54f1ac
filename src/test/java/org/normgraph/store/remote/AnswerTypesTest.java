package org.normgraph.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

class AnswerTypesTest {
    @Test
    void a_coalesce_of_a_comparison_and_false_is_read_as_a_test() {
        AnswerTypes t = AnswerTypes.of(QueryFactory.create(
                "SELECT ?p ?n { ?d <urn:primary> ?x BIND(COALESCE(?x = true, false) AS ?p) BIND(COALESCE(?x, 0) AS ?n) }"));

        assertThat(t.isBoolean(Var.alloc("p"))).isTrue();
        assertThat(t.isBoolean(Var.alloc("n"))).isFalse();
    }

    @Test
    void a_list_a_sub_query_projects_is_a_concatenation_in_the_query_around_it() {
        AnswerTypes t = AnswerTypes.of(QueryFactory.create("SELECT ?i ?drafters ?other WHERE {"
                + " { SELECT ?i (GROUP_CONCAT(?d; separator='; ') AS ?drafters) WHERE { ?i <urn:drafter> ?d } GROUP BY ?i }"
                + " { SELECT ?i (SAMPLE(?o) AS ?other) WHERE { ?i <urn:p> ?o"
                + "   { SELECT ?o (GROUP_CONCAT(?z) AS ?hidden) WHERE { ?o <urn:q> ?z } GROUP BY ?o } } GROUP BY ?i } }"));

        assertThat(t.isConcatenation(Var.alloc("drafters"))).isTrue();
        assertThat(t.isConcatenation(Var.alloc("other"))).isFalse();
        assertThat(t.isConcatenation(Var.alloc("hidden"))).isFalse();
    }
}
