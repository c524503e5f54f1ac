package org.normgraph.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.problems.InputException;

/** A claims file made from a draft loads only once every suggestion is reviewed. */
class DraftsTest {
    @TempDir Path tmp;

    Path fixture(String name) throws Exception {
        try (var in = getClass().getResourceAsStream("/fixtures/reviewed-draft.claims.yaml")) {
            Path p = tmp.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    @Test
    void a_position_still_suggested_is_an_error_at_its_status_line_and_an_accepted_one_is_not() throws Exception {
        Path file = fixture("reviewed.claims.yaml");
        assertThatThrownBy(() -> ClaimsReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("reviewed.claims.yaml:24: [china-proposes-balance] is a suggestion (status: suggested)")
                .hasMessageNotContaining("china-proposes-cyber-sovereignty");
    }

    @Test
    void once_reviewed_the_leftover_cue_and_confidence_are_ignored() throws Exception {
        Path file = fixture("reviewed.claims.yaml");
        Files.writeString(file, Files.readString(file).replace("status: suggested", "status: accepted"));
        assertThat(ClaimsReader.read(file).positions()).hasSize(2);
    }

    @Test
    void a_file_named_as_a_draft_is_refused_whatever_it_holds() throws Exception {
        Path file = fixture("reviewed.claims.draft.yaml");
        assertThatThrownBy(() -> ClaimsReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("is a draft of suggestions written by `normgraph suggest`; nothing in it is loaded");
    }
}
