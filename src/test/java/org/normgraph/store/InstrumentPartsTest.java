package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;
import org.normgraph.TestLayouts;
import org.normgraph.problems.InputException;

/**
 * Instrument parts: the Budapest Convention loads with its preamble, chapters, sections and 48
 * articles as parts, the Paris Call with its nine principles; a part that does not say what it is
 * part of (or names something that is not an instrument) is refused at its line, store unchanged.
 */
class InstrumentPartsTest {
    private static final String PREFIXES = """
            PREFIX ng: <https://normgraph.org/ns#> PREFIX id: <https://normgraph.org/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    @TempDir Path tmp;

    @Test
    void the_convention_loads_with_its_48_articles_as_parts() {
        List<Map<String, String>> articles = Rows.select(LoadedStore.get(), PREFIXES + """
                SELECT ?a ?n WHERE { GRAPH <https://normgraph.org/graph/budapest-convention-2001> {
                  ?a a ng:Article ; ng:partNumber ?n } ?a ng:partOf+ id:budapest-convention }""");
        assertThat(articles).hasSize(48);
        assertThat(articles).extracting(r -> Integer.parseInt(r.get("n"))).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 48).boxed().toList());
        List<Map<String, String>> kinds = Rows.select(LoadedStore.get(), PREFIXES + """
                SELECT ?type (COUNT(?p) AS ?n) WHERE { ?p ng:partOf+ id:budapest-convention ; a ?type .
                  ?type rdfs:subClassOf ng:InstrumentPart } GROUP BY ?type ORDER BY ?type""");
        assertThat(kinds).extracting(r -> r.get("type").replace("https://normgraph.org/ns#", "") + "=" + r.get("n"))
                .containsExactly("Article=48", "Chapter=4", "InstrumentSection=5", "InstrumentTitle=17", "Preamble=1");
    }

    @Test
    void article_32_is_in_title_2_of_section_2_of_chapter_3_and_states_trans_border_access() {
        List<Map<String, String>> rows = Rows.select(LoadedStore.get(), PREFIXES + """
                SELECT ?parent ?grand ?chapter ?norm WHERE { id:budapest-convention-art-32 ng:partOf ?parent ;
                  ng:articulates ?norm . ?parent ng:partOf ?grand . ?grand ng:partOf ?chapter .
                  ?chapter ng:partOf id:budapest-convention }""");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("parent")).endsWith("/budapest-convention-ch-3-sec-2-title-2");
            assertThat(r.get("chapter")).endsWith("/budapest-convention-ch-3");
            assertThat(r.get("norm")).endsWith("/trans-border-access-to-stored-data");
        });
    }

    @Test
    void the_paris_call_principles_are_its_parts_each_stating_its_norm() {
        List<Map<String, String>> rows = Rows.select(LoadedStore.get(), PREFIXES + """
                SELECT ?p ?n ?norm WHERE { ?p a ng:Principle ; ng:partOf id:paris-call ; ng:partNumber ?n ;
                  ng:articulates ?norm } ORDER BY ?n""");
        assertThat(rows).extracting(r -> r.get("n")).containsOnly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("p")).endsWith("/paris-call-principle-2");
            assertThat(r.get("norm")).endsWith("/protect-internet-public-core");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no partOf      | -                   | a part of an instrument needs",
            "partOf a norm  | cyber-sovereignty   | must name an instrument or a part of one, but",
            "partOf unknown | budapest-convension | names unknown id",
    })
    void a_part_without_its_instrument_is_refused_at_its_line_and_the_store_is_unchanged(String name, String partOf,
            String words) throws Exception {
        GoodStore good = GoodStore.in(tmp.resolve("good"));
        Layout bad = TestLayouts.withFixture(tmp.resolve("bad"), "part-without-instrument");
        Path claims = bad.seeds().resolve(TestLayouts.CLAIMS);
        Files.writeString(claims, Files.readString(claims).replace("    type: Article\n",
                "    type: Article\n" + (partOf.equals("-") ? "" : "    partOf: " + partOf + "\n")));
        assertThatThrownBy(() -> new Loader(bad, GoodStore.quiet()).prepare())
                .isInstanceOf(InputException.class)
                .hasMessageContaining(TestLayouts.CLAIMS + ":34:")
                .hasMessageContaining("[budapest-convention-art-1]")
                .hasMessageContaining(words);
        assertThatThrownBy(() -> new Loader(bad, GoodStore.quiet()).load(good.dsg()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(TestLayouts.CLAIMS + ":34:");
        good.assertUnchanged();
    }
}
