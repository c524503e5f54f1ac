package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normgraph.TestLayouts;
import org.normgraph.problems.InputException;

class BadInputTest {
    @TempDir Path tmp;
    GoodStore good;

    @BeforeEach
    void load_a_good_store() throws Exception { good = GoodStore.in(tmp); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "quote-not-found      | :38: | quote not found",
            "quote-ambiguous      | :38: | occurs",
            "unknown-id           | :31: | unknown id 'cyber-sovereignity'",
            "duplicate-id         | :26: | duplicate id",
            "untyped-date         | :20: | is not a date",
            "missing-en-label     | :28: | has no English (en) text",
            "yaml-syntax          | :34: | YAML syntax error",
            "unknown-key          | :37: | unknown key 'qoute'",
            "wrong-reference-type | :31: | must name one of",
            "bad-position-date    | :37: | [china-cyber-sovereignty] 'date' value '4 Oct 2012' is not a date",
            "not-utf8             | :28: | not valid UTF-8 text: byte 0xc3 at byte offset 1061",
            "alias-bomb           | :12: | Number of aliases for non-scalar nodes exceeds the specified max=50",
    })
    void bad_claims_are_reported_at_their_line_and_leave_the_store_unchanged(String fixture, String line, String words)
            throws Exception {
        Layout bad = TestLayouts.withFixture(tmp.resolve(fixture), fixture);
        assertThatThrownBy(() -> new Loader(bad, quiet()).load(good.dsg()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(TestLayouts.CLAIMS + line)
                .hasMessageContaining(words);
        good.assertUnchanged();
    }

    @Test
    void turtle_syntax_error_names_file_and_line() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("ttl"), "good");
        TestLayouts.addTurtle(layout, "broken-syntax");
        assertThatThrownBy(() -> new Loader(layout, quiet()).load(good.dsg()))
                .hasMessageContaining("broken-syntax.ttl:4")
                .hasMessageContaining("Turtle syntax error");
        good.assertUnchanged();
    }

    @Test
    void shacl_violation_names_the_node_and_the_rule() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("shacl"), "good");
        TestLayouts.addTurtle(layout, "position-without-stance");
        assertThatThrownBy(() -> new Loader(layout, quiet()).load(good.dsg()))
                .hasMessageContaining("position-without-stance.ttl: [china-no-stance]")
                .hasMessageContaining("SHACL")
                .hasMessageContaining("ng:stance");
        good.assertUnchanged();
    }

    @Test
    void unreadable_claims_file_is_reported() throws Exception {
        Layout layout = TestLayouts.withFixture(tmp.resolve("unreadable"), "good");
        Path claims = layout.seeds().resolve(TestLayouts.CLAIMS);
        Files.write(claims, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41});
        assertThatThrownBy(() -> new Loader(layout, quiet()).load(good.dsg()))
                .hasMessageContaining(TestLayouts.CLAIMS)
                .hasMessageContaining("UTF-8");
        good.assertUnchanged();
    }

    @Test
    void a_folder_that_is_not_a_store_is_refused() throws Exception {
        Path notAStore = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(notAStore.resolve("holiday.jpg"), "not rdf");
        assertThatThrownBy(() -> Store.open(notAStore))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("photos")
                .hasMessageContaining("not a normgraph store");
        assertThat(Files.list(notAStore)).hasSize(1);
    }

    @Test
    void a_file_given_as_store_is_refused() throws Exception {
        Path file = Files.writeString(tmp.resolve("store.txt"), "x");
        assertThatThrownBy(() -> Store.open(file)).hasMessageContaining("must be a folder");
    }

    static PrintStream quiet() {
        return GoodStore.quiet();
    }
}
