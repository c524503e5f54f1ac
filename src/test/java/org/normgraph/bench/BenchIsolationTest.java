package org.normgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The benchmark stays out of the application: no class outside org.normgraph.bench refers to it. */
class BenchIsolationTest {
    @Test
    void noApplicationClassUsesTheBenchmark() throws IOException {
        Path main = Path.of("src/main/java/org/normgraph");
        List<Path> users;
        try (Stream<Path> files = Files.walk(main)) {
            users = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(main.resolve("bench")))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("org.normgraph.bench");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
        assertThat(users).isEmpty();
    }
}
