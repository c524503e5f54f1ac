package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;

/** Generated position labels read as sentences in both languages, verbs agreeing with the actor. */
class PositionLabelsTest {
    static List<String> labels(String actor, String lang) {
        return Rows.select(LoadedStore.get(), """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX ng: <https://normgraph.org/ns#>
                SELECT ?l WHERE { ?p ng:actor <https://normgraph.org/id/%s> ; rdfs:label ?l FILTER(lang(?l) = "%s") }
                ORDER BY ?l""".formatted(actor, lang)).stream().map(r -> r.get("l")).toList();
    }

    @Test
    void a_state_proposes_and_a_group_of_states_support() {
        assertThat(labels("china", "en")).contains("China proposes Cyber sovereignty (Budapest Conference on Cyberspace)");
        assertThat(labels("western-countries", "en")).isNotEmpty().allMatch(l -> l.startsWith("Western countries ")
                && !l.matches("Western countries (supports|opposes|proposes|has) .*"));
        assertThat(labels("china", "zh")).contains("中国提出“网络主权”（布达佩斯网络空间会议）");
    }
}
