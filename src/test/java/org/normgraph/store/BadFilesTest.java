package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.normgraph.store.GoodStore.quiet;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normgraph.TestLayouts;
import org.normgraph.problems.InputException;

/** Input files that are not what their names promise are refused with the file and where in it. */
class BadFilesTest {
    @TempDir Path tmp;
    GoodStore good;

    @BeforeEach
    void load_a_good_store() throws Exception { good = GoodStore.in(tmp); }

    @Test
    void a_turtle_seed_that_is_not_utf8_is_refused_with_its_line_and_byte_offset() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("ttl"), "good");
        Path seed = TestLayouts.addTurtle(layout, "not-utf8", "notes.ttl");
        assertRefused(layout, seed + ":6: not valid UTF-8 text: byte 0xe9 at byte offset 251");
    }

    @Test
    void an_ontology_file_that_is_not_utf8_is_refused_with_its_line_and_byte_offset() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("onto"), "good");
        Path extra = layout.ontology().resolve("extra.ttl");
        Files.move(TestLayouts.addTurtle(layout, "not-utf8", "extra.ttl"), extra);
        assertRefused(layout, extra + ":6: not valid UTF-8 text: byte 0xe9 at byte offset 251");
    }

    @Test
    void a_source_text_that_is_not_utf8_is_refused_with_its_line_and_byte_offset() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("txt"), "good");
        Path text = layout.seeds().resolve(TestLayouts.TEXT);
        byte[] bytes = Files.readAllBytes(text);
        int offset = nthLineStart(bytes, 11);
        bytes[offset] = (byte) 0xff;
        Files.write(text, bytes);
        assertRefused(layout, text + ":11: not valid UTF-8 text: byte 0xff at byte offset " + offset);
    }

    @Test
    void an_empty_source_text_is_one_problem_not_one_per_quote() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("empty"), "good");
        Files.writeString(layout.seeds().resolve(TestLayouts.TEXT), "\n");
        assertThatThrownBy(() -> new Loader(layout, quiet()).load(good.dsg()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).contains(TestLayouts.TEXT + ": source text is empty")));
        good.assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.ttl", "more.claims.yaml"})
    void a_folder_in_seeds_named_like_an_input_file_is_refused_by_name(String name) throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("folder"), "good");
        Path folder = Files.createDirectories(layout.seeds().resolve(name));
        assertRefused(layout, folder + ": is a folder, but a name ending in");
    }

    private void assertRefused(Layout layout, String message) {
        assertThatThrownBy(() -> new Loader(layout, quiet()).load(good.dsg()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(message);
        good.assertUnchanged();
    }

    /** The byte offset where line {@code n} (1-based) starts. */
    private static int nthLineStart(byte[] bytes, int n) {
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (line == n) return i;
            if (bytes[i] == '\n') line++;
        }
        throw new IllegalArgumentException("fewer than " + n + " lines");
    }
}
