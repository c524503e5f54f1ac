package org.normgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The {@code # param:} lines of library questions. */
class QueryParamsTest {
    @Test
    void parametersAreReadInOrderFromTheHeaderComments() {
        String q = "# title@en: T\n# param: stance Stance\n# param: norm Norm\n# param: event Event optional\n"
                + "PREFIX ng: <x#>\n# param: late Actor\nSELECT * {}";
        assertThat(QueryParams.of(q)).containsExactly(new QueryParams.Param("stance", "Stance", false),
                new QueryParams.Param("norm", "Norm", false), new QueryParams.Param("event", "Event", true));
    }

    @Test
    void badLinesUnknownTypesAndDuplicatesAreRefused() {
        assertThatThrownBy(() -> QueryParams.of("# param: norm\nSELECT * {}")).hasMessageContaining("bad parameter line");
        assertThatThrownBy(() -> QueryParams.of("# param: norm Thing\nSELECT * {}")).hasMessageContaining("unknown parameter type Thing");
        assertThatThrownBy(() -> QueryParams.of("# param: a Actor\n# param: a Event\nSELECT * {}")).hasMessageContaining("twice");
    }

    @Test
    void theLibraryDeclaresTheParameterisedQuestions() {
        Map<String, QueryLibrary.Entry> library = QueryLibrary.read(Path.of("queries")).stream()
                .collect(Collectors.toMap(QueryLibrary.Entry::name, e -> e));
        assertThat(QueryParams.of(library.get("actors-by-stance-on-norm"))).extracting(QueryParams.Param::name)
                .containsExactly("stance", "norm");
        assertThat(QueryParams.of(library.get("what-actor-said-at-event"))).extracting(QueryParams.Param::type)
                .containsExactly("Actor", "Event");
        for (QueryLibrary.Entry e : library.values()) {
            for (QueryParams.Param p : QueryParams.of(e)) assertThat(e.sparql()).as(e.name()).contains("?" + p.name() + " ");
        }
    }
}
