package org.normgraph.suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.normgraph.claims.ClaimsReader;
import org.normgraph.claims.Specs;
import org.normgraph.problems.InputException;

/**
 * Reads every curated claims file ({@code *.claims.yaml}, drafts never) in a seeds folder, in name order.
 *
 * <pre>{@code List<Specs.File> files = SeedClaims.read(Path.of("seeds"));}</pre>
 */
public final class SeedClaims {
    private SeedClaims() {}

    public static List<Specs.File> read(Path seeds) {
        List<Specs.File> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(ClaimsReader.SUFFIX)).sorted().toList()) {
                out.add(ClaimsReader.read(p));
            }
        } catch (IOException e) {
            throw new InputException(seeds, 0, "cannot list the seeds folder: " + e.getMessage());
        }
        return out;
    }
}
