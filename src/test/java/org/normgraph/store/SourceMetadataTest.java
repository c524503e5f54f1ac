package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;
import org.normgraph.TestLayouts;
import org.normgraph.problems.InputException;

/** A source says what kind of document it is, whether it is primary, and its date and origin. */
class SourceMetadataTest {
    @TempDir Path tmp;

    @Test
    void the_paper_is_a_secondary_scholarly_paper() {
        List<Map<String, String>> rows = Rows.select(LoadedStore.get(), """
                PREFIX ng: <https://normgraph.org/ns#>
                SELECT ?kind ?primary WHERE { <https://normgraph.org/id/source/huang-2013-london-process> ng:sourceKind ?kind ;
                  ng:primarySource ?primary }""");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("kind")).isEqualTo("https://normgraph.org/ns#ScholarlyPaper");
        assertThat(rows.getFirst().get("primary")).isEqualTo("false");
    }

    @Test
    void the_convention_is_a_primary_treaty_text_done_at_budapest_and_adopted_by_its_signatories() {
        List<Map<String, String>> rows = Rows.select(LoadedStore.get(), """
                PREFIX ng: <https://normgraph.org/ns#> PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?kind ?primary ?date ?place ?by ?lang WHERE { <https://normgraph.org/id/source/budapest-convention-2001>
                  ng:sourceKind ?kind ; ng:primarySource ?primary ; dcterms:date ?date ; ng:location ?place ;
                  ng:adoptedBy ?by ; dcterms:language ?lang }""");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("kind")).endsWith("#TreatyText");
            assertThat(r).containsEntry("primary", "true").containsEntry("date", "2001-11-23").containsEntry("lang", "en")
                    .containsEntry("place", "https://normgraph.org/id/budapest")
                    .containsEntry("by", "https://normgraph.org/id/budapest-convention-signatories");
        });
        List<Map<String, String>> facts = Rows.select(LoadedStore.get(), """
                PREFIX ng: <https://normgraph.org/ns#> PREFIX id: <https://normgraph.org/id/>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?date WHERE { GRAPH <https://normgraph.org/graph/budapest-convention-2001> {
                  ?c rdf:subject id:budapest-convention ; rdf:predicate ng:date ; rdf:object ?date ; ng:evidence ?ev } }""");
        assertThat(facts).extracting(r -> r.get("date")).containsExactly("2001-11-23");
    }

    @Test
    void a_primary_source_with_date_and_origin_is_written_and_a_bad_kind_is_refused_at_its_line() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("ok"), "good");
        Path claims = layout.seeds().resolve(TestLayouts.CLAIMS);
        Files.writeString(claims, Files.readString(claims).replace("  language: zh\n",
                "  language: zh\n  kind: NationalPolicy\n  primary: true\n  date: \"2013-07-24\"\n  origin: \"a test copy\"\n"));
        var ds = Loader.inMemory(new Loader(layout, quiet()).prepare());
        List<Map<String, String>> rows = Rows.select(ds.asDatasetGraph(), """
                PREFIX ng: <https://normgraph.org/ns#> PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?kind ?primary ?date ?origin WHERE { GRAPH ?g { ?d a ng:SourceDocument ; ng:sourceKind ?kind ;
                  ng:primarySource ?primary ; dcterms:date ?date ; dcterms:source ?origin } }""");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("kind")).endsWith("#NationalPolicy");
            assertThat(r).containsEntry("primary", "true").containsEntry("date", "2013-07-24").containsEntry("origin", "a test copy");
        });

        Layout bad = TestLayouts.withFixture(tmp.resolve("bad"), "good");
        Path badClaims = bad.seeds().resolve(TestLayouts.CLAIMS);
        Files.writeString(badClaims, Files.readString(badClaims).replace("  language: zh\n", "  language: zh\n  kind: Blog\n"));
        assertThatThrownBy(() -> new Loader(bad, quiet()).prepare()).isInstanceOf(InputException.class)
                .hasMessageContaining(TestLayouts.CLAIMS + ":3:").hasMessageContaining("'kind' must be one of");
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
