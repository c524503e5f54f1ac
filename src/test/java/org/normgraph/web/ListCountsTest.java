package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;

/** The lists' position counts (from the stance table) equal an independent count in the store, and order the lists. */
class ListCountsTest {
    @ParameterizedTest
    @ValueSource(strings = {"actors", "norms", "instruments"})
    void each_entity_lists_as_many_positions_as_the_store_counts_most_first(String group) throws Exception {
        Map<String, Long> expected = new HashMap<>();
        for (Map<String, String> r : Rows.select(LoadedStore.get(), Files.readString(Path.of("src/test/resources/fixtures/positions-per-entity.rq")))) {
            expected.put(r.get("s").substring(r.get("s").lastIndexOf('/') + 1), Long.parseLong(r.get("n")));
        }
        List<CSVRecord> all = CsvDownloads.records(PaperServer.shared().url() + "list/" + group + ".csv?lang=en");
        assertThat(all.getFirst().values()).containsExactly("id", "name", "name (Chinese)", "type", "positions");
        List<CSVRecord> records = all.subList(1, all.size());
        assertThat(records).isNotEmpty();
        List<Long> counts = records.stream().map(r -> Long.parseLong(r.get(4))).toList();
        for (CSVRecord r : records) assertThat(Long.parseLong(r.get(4))).as(r.get(0)).isEqualTo(expected.getOrDefault(r.get(0), 0L));
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(counts.getFirst()).isPositive();
    }
}
