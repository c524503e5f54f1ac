package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;
import org.normgraph.TestLayouts;

class DatasetVersionTest {
    @TempDir Path tmp;

    @Test
    void the_version_depends_on_the_inputs_only() throws Exception {
        Layout a = TestLayouts.withFixture(tmp.resolve("a"), "good");
        Layout b = TestLayouts.withFixture(tmp.resolve("b"), "good");
        assertThat(DatasetVersion.of(a, Instant.EPOCH).sha256()).isEqualTo(DatasetVersion.of(b, Instant.now()).sha256());
        Path claims = b.seeds().resolve(TestLayouts.CLAIMS);
        Files.writeString(claims, Files.readString(claims).replace("Cyber sovereignty", "Cyber-sovereignty"));
        assertThat(DatasetVersion.of(b, Instant.EPOCH).sha256()).isNotEqualTo(DatasetVersion.of(a, Instant.EPOCH).sha256());
    }

    @Test
    void a_load_stamps_the_dataset_with_its_version_and_time() {
        List<Map<String, String>> rows = Rows.select(LoadedStore.get(), """
                PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?v ?t WHERE { GRAPH <https://normgraph.org/graph/meta> {
                  <https://normgraph.org/id/dataset> dcterms:hasVersion ?v ; prov:generatedAtTime ?t } }""");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("v")).matches("[0-9a-f]{12}")
                .isEqualTo(DatasetVersion.of(TestLayouts.project(), Instant.now()).version());
        assertThat(Instant.parse(rows.getFirst().get("t"))).isBefore(Instant.now().plusSeconds(1));
    }
}
