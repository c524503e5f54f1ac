package org.normgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.store.LoadReport;
import org.normgraph.store.Layout;
import org.normgraph.store.Loader;
import org.normgraph.store.Store;

/** The benchmark's input generator: its seeds load with the real loader, it is deterministic, and it refuses absurd scales. No timings. */
class GenerateTest {
    @TempDir Path dir;

    @Test
    void scaleOneLoadsIntoARealStore() throws Exception {
        Generate.generate(new Generate.Options(1, 42, dir.resolve("work")), Path.of("."));
        Path seeds = dir.resolve("work/seeds");
        try (var files = Files.list(seeds)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("000_synthetic_en.claims.yaml", "000_synthetic_en.txt");
        }
        assertThat(dir.resolve("work/ontology/normgraph.ttl")).exists();
        assertThat(dir.resolve("work/queries")).isDirectoryContaining("glob:**.rq");

        DatasetGraph dsg = Store.open(dir.resolve("db"));
        LoadReport r = new Loader(Layout.of(dir.resolve("work")), new PrintStream(new ByteArrayOutputStream())).load(dsg);
        assertThat(r.positions()).isGreaterThan(100);
        assertThat(r.totalTriples()).isGreaterThan(5_000);
        LoadReport.Graph source = r.graphs().stream().filter(g -> g.iri().contains("/graph/scholarly-paper-0")).findFirst().orElseThrow();
        assertThat(source.count("State")).isPositive();
        assertThat(source.count("Norm")).isPositive();
        assertThat(source.count("Work")).isPositive();
    }

    @Test
    void sameSeedSameFilesOtherSeedOtherFiles() {
        List<SourceWriter.Source> a = Generate.sources(3, 7);
        List<SourceWriter.Source> b = Generate.sources(3, 7);
        assertThat(a).isEqualTo(b);
        assertThat(Generate.sources(3, 8).get(0).text()).isNotEqualTo(a.get(0).text());
        assertThat(a).extracting(SourceWriter.Source::name).doesNotHaveDuplicates();
    }

    @Test
    void theWorldHasAboutTwoHundredStatesAndGrowsItsPeopleWithScale() {
        World small = World.build(42, 1);
        World big = World.build(42, 1000);
        assertThat(small.states()).hasSize(World.STATES);
        assertThat(small.states()).extracting(Thing::id).contains("china", "russia").doesNotHaveDuplicates();
        assertThat(small.organisations().size()).isGreaterThan(300);
        assertThat(small.norms().size()).isGreaterThan(200);
        assertThat(big.people().size()).isGreaterThan(small.people().size());
        assertThat(big.instruments().size()).isGreaterThan(small.instruments().size());
        assertThat(small.byId()).hasSize(small.states().size() + small.organisations().size() + small.groups().size()
                + small.people().size() + small.norms().size() + small.instruments().size() + small.processes().size()
                + small.events().size() + small.incidents().size());
    }

    @Test
    void zeroNegativeAndAbsurdScalesAreRefused() {
        for (int bad : new int[] {0, -3, Generate.MAX_SCALE + 1}) {
            assertThatThrownBy(() -> new Generate.Options(bad, 42, dir)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--scale must be between 1 and " + Generate.MAX_SCALE);
        }
        assertThatThrownBy(() -> Generate.parse(new String[] {"--scale", "ten", "--out", "x"})).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Generate.parse(new String[] {"--out", "x"})).hasMessageContaining("--scale N is required");
    }
}
