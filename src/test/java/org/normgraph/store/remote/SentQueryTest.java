package org.normgraph.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class SentQueryTest {
    @Test
    void a_non_ascii_separator_is_sent_as_an_ascii_stand_in_and_restored_in_the_answer() {
        SentQuery s = SentQuery.of(QueryFactory.create(
                "SELECT (GROUP_CONCAT(?n; separator=\"；\") AS ?zh) (GROUP_CONCAT(?n; separator=\"; \") AS ?en) { ?x <urn:p> ?n }"));

        assertThat(s.text()).doesNotContain("；").contains("separator='\\u001F0\\u001F'").contains("separator='; '");
        assertThat(s.text().chars()).allMatch(c -> c < 0x80);
        Node answer = NodeFactory.createLiteralString("中国\u001F0\u001F美国");
        assertThat(s.restore(answer).getLiteralLexicalForm()).isEqualTo("中国；美国");
    }

    @Test
    void one_separator_used_twice_has_one_stand_in_and_other_answers_are_left_alone() {
        SentQuery s = SentQuery.of(QueryFactory.create("SELECT ?x (GROUP_CONCAT(?n; separator='、') AS ?a) WHERE {"
                + " { SELECT ?x (GROUP_CONCAT(?m; separator='、') AS ?n) { ?x <urn:p> ?m } GROUP BY ?x } } GROUP BY ?x"));

        assertThat(s.separators()).hasSize(1).containsValue("、");
        Node other = NodeFactory.createLiteralLang("中国", "zh");
        assertThat(s.restore(other)).isSameAs(other);
    }

    @Test
    void a_query_without_concatenation_is_sent_as_jena_writes_it() {
        var q = QueryFactory.create("SELECT ?s { ?s ?p \"；\" }");
        assertThat(SentQuery.of(q).text()).isEqualTo(q.toString());
    }
}
