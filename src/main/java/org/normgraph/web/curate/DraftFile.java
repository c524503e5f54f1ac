package org.normgraph.web.curate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A draft found in the seeds folder: its name (the file name without {@code .claims.draft.yaml}, as it
 * appears in {@code /curate/NAME}), the draft file and the source text beside it.
 *
 * <pre>{@code new DraftFile("004_new", seeds.resolve("004_new.claims.draft.yaml"), seeds.resolve("004_new.txt"))}</pre>
 */
public record DraftFile(String name, Path draft, Path text) {
    public DraftFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(text, "text");
    }
}
