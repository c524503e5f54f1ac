package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.problems.InputException;

class StoreLockTest {
    @TempDir Path tmp;

    /** Opens a store in its own JVM, says "open", and holds it until killed. */
    public static void main(String[] args) throws Exception {
        Store.open(Path.of(args[0]));
        System.out.println("open");
        System.out.flush();
        Thread.sleep(120_000);
    }

    @Test
    void a_store_held_by_another_process_is_refused_with_a_clear_message() throws Exception {
        Path dir = tmp.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreLockTest.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(other.getInputStream()));
            String line;
            while ((line = r.readLine()) != null && !line.equals("open")) { /* skip logging */ }
            assertThat(line).isEqualTo("open");
            assertThatThrownBy(() -> Store.open(dir))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining("in use by another process");
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
