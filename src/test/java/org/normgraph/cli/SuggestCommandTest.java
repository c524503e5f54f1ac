package org.normgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code normgraph suggest} and the refusal of drafts, as a user runs them, with the gazetteer of seeds/. */
class SuggestCommandTest {
    @TempDir Path tmp;

    CliTest.Out suggest(Path text, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "suggest";
        args[1] = text.toString();
        args[2] = "--db";
        args[3] = tmp.resolve("no-store").toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliTest.run(args);
    }

    @Test
    void every_seed_text_gets_a_draft_that_validate_and_load_refuse() throws Exception {
        try (var texts = Files.list(Path.of("seeds"))) {
            for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path copy = Files.copy(t, tmp.resolve(t.getFileName()));
                CliTest.Out out = suggest(copy);
                Path draft = tmp.resolve(t.getFileName().toString().replace(".txt", ".claims.draft.yaml"));
                assertThat(out.code()).as(out.err()).isZero();
                assertThat(out.out()).contains("wrote " + draft).contains("candidate positions");
                assertThat(Files.readString(draft)).contains("status: suggested").contains("source:").contains("mentions:");
                for (String command : new String[] {"validate", "load"}) {
                    CliTest.Out refused = CliTest.run(command, draft.toString());
                    assertThat(refused.code()).isEqualTo(1);
                    assertThat(refused.err()).contains("is a draft of suggestions written by `normgraph suggest`");
                }
            }
        }
    }

    @Test
    void an_existing_draft_is_kept_unless_forced() throws Exception {
        Path text = Files.copy(Path.of("seeds/002_paris_call_2018_en.txt"), tmp.resolve("paris.txt"));
        Path draft = tmp.resolve("paris.claims.draft.yaml");
        Files.writeString(draft, "my edits");
        CliTest.Out refused = suggest(text);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("a draft is already there").contains("--force");
        assertThat(Files.readString(draft)).isEqualTo("my edits");
        assertThat(suggest(text, "--force", "--voice", "paris-call-supporters").code()).isZero();
        assertThat(Files.readString(draft)).contains("actor: paris-call-supporters");
    }

    @Test
    void empty_binary_non_utf8_and_oversized_texts_are_refused_and_nothing_is_written() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), " \n\n ");
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Path latin1 = Files.write(tmp.resolve("latin1.txt"), new byte[] {'A', 'p', 'p', 'e', 'l', ' ', (byte) 0xe9});
        Path big = tmp.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) { f.setLength(5L * 1024 * 1024); }
        assertRefused(empty, "is empty");
        assertRefused(binary, "looks binary");
        assertRefused(latin1, "not valid UTF-8");
        assertRefused(big, "up to 4194304 bytes");
        assertRefused(tmp.resolve("missing.txt"), "does not exist");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".draft.yaml"));
        }
    }

    @Test
    void a_draft_must_be_named_as_a_draft() throws Exception {
        Path text = Files.copy(Path.of("seeds/002_paris_call_2018_en.txt"), tmp.resolve("paris.txt"));
        CliTest.Out out = suggest(text, "--out", tmp.resolve("paris.claims.yaml").toString());
        assertThat(out.code()).isEqualTo(1);
        assertThat(out.err()).contains("must end in .claims.draft.yaml");
        assertThat(tmp.resolve("paris.claims.yaml")).doesNotExist();
    }

    @Test
    void report_suggest_gives_figures_with_the_full_gazetteer_and_leaving_each_source_out() {
        CliTest.Out out = CliTest.run("report", "suggest");
        assertThat(out.code()).isZero();
        assertThat(out.out()).contains("huang-2013-london-process").containsPattern("all\\s+full\\s+\\d+\\s+\\d+\\s+\\d+%")
                .containsPattern("all\\s+leave-one-out");
    }

    private void assertRefused(Path text, String message) {
        CliTest.Out out = suggest(text);
        assertThat(out.code()).as(text.toString()).isEqualTo(1);
        assertThat(out.err()).contains(message);
    }
}
