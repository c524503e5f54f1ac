package org.normgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load onto a full disk, for real: a 2 MB tmpfs is mounted (needs root, as in the sandbox and CI;
 * skipped where mounting is not permitted) and the paper, which needs more, is loaded onto it.
 */
class DiskFullTest {
    @TempDir Path tmp;
    Path disk;
    boolean mounted;

    @BeforeEach
    void mount_a_tiny_disk() throws Exception {
        disk = Files.createDirectories(tmp.resolve("tiny"));
        mounted = exec("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root): the full-disk test is skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) exec("umount", "-l", disk.toString());   // lazily: the failed store may still be mapped
    }

    @Test
    void a_load_onto_a_full_disk_says_so_in_one_line_without_a_stack_trace_and_exits_3() {
        Path store = disk.resolve("tdb");
        CliTest.Out load = CliTest.run("load", "--db", store.toString());
        assertThat(load.code()).isEqualTo(3);
        assertThat(load.err()).contains("normgraph: error: no space left on " + store);
        assertThat(load.err().lines().filter(l -> l.contains("no space left"))).hasSize(1);
        assertThat(load.err()).doesNotContain("at org.").doesNotContain("at java.").doesNotContain("InternalError");
    }

    private static int exec(String... command) throws Exception {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (java.io.IOException e) {
            return -1;   // no mount command
        }
    }
}
