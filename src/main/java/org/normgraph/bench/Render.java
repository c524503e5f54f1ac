package org.normgraph.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders {@code report.md} and {@code latency.svg} again from a run's {@code report.json}, without
 * measuring anything (e.g. after the report's wording changed).
 *
 * <pre>{@code java -cp target/normgraph.jar org.normgraph.bench.Render bench/results}</pre>
 */
public final class Render {
    private Render() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Render DIR   (DIR holds report.json)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Results.Run run = read(dir);
        Files.writeString(dir.resolve("report.md"), Markdown.of(run));
        Files.writeString(dir.resolve("latency.svg"), Plot.svg(run.scales()));
        System.out.println("rendered " + dir.resolve("report.md"));
    }

    /** The run recorded in DIR/report.json. */
    static Results.Run read(Path dir) throws IOException {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(dir.resolve("report.json").toFile(), Results.Run.class);
    }
}
