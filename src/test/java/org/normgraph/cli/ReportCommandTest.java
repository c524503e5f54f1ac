package org.normgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.ConflictingStore;

/** {@code normgraph report consistency} as a curator runs it, on a store with a contradicting account. */
class ReportCommandTest {
    @TempDir Path tmp;

    @Test
    void the_consistency_report_prints_each_conflict_with_both_sides_and_their_quotes() {
        ConflictingStore.get();
        CliTest.Out r = CliTest.run("report", "consistency", "--db", ConflictingStore.dir().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("consistency: 4 findings (1 date, 1 place, 1 stance, 1 type)")
                .contains("[date] London Conference on Cyberspace (london-conference) — start date")
                .contains("A: 2011-11-03 — A conflicting account (test)").contains("“opened on 3 November 2011”")
                .contains("[stance] Russia (russia)").contains("normgraph's translation (en): 1–2 November 2011");
        CliTest.Out zh = CliTest.run("report", "consistency", "--db", ConflictingStore.dir().toString(), "--lang", "zh");
        assertThat(zh.out()).contains("[date] 伦敦网络空间会议 (london-conference)");
    }

    @Test
    void the_report_as_json_has_every_finding() throws Exception {
        CliTest.Out r = CliTest.run("report", "consistency", "--db", ConflictingStore.dir().toString(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("findings")).hasSize(4);
        assertThat(json.get("findings")).extracting(f -> f.get("kind").asText()).containsExactly("date", "place", "stance", "type");
    }

    @Test
    void an_unknown_report_or_a_missing_store_fails_clearly() {
        CliTest.Out unknown = CliTest.run("report", "bogus", "--db", tmp.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("consistency");
        CliTest.Out missing = CliTest.run("report", "consistency", "--db", tmp.resolve("none").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("normgraph load");
    }
}
